//! `langaward explain`: one institution's scorecard in the terminal.

use super::*;

#[derive(Args)]
pub(super) struct ExplainArgs {
    /// The institution's id, as on its Institution sheet.
    id: String,
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    jury: JuryMarks,
    #[command(flatten)]
    what_if: WhatIf,
    /// Language: sq, sr, sr-Cyrl or en.
    #[arg(long, value_parser = parse_lang, default_value = "en")]
    lang: Lang,
}

pub(super) fn run(args: &ExplainArgs) -> u8 {
    let eval = match evaluated(&args.inputs, &args.jury, &args.what_if) {
        Ok(eval) => eval,
        Err(code) => return code,
    };
    match report::explain(&eval, &args.id, args.lang) {
        Ok(Some(text)) => {
            say!("{text}");
            exit::OK
        }
        Ok(None) => {
            let ids: Vec<&str> = eval
                .applicants
                .iter()
                .map(|a| a.institution.id.as_str())
                .collect();
            eprintln!(
                "error: no applicant has the id '{}'; known ids: {}",
                args.id,
                ids.join(", ")
            );
            exit::NO_INPUT
        }
        Err(e) => {
            eprintln!("error: {e}");
            exit::CANT_CREATE
        }
    }
}
