//! `langaward robustness`: how robust the outcome is to the weights, in the
//! terminal.

use super::*;

#[derive(Args)]
pub(super) struct RobustnessArgs {
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

pub(super) fn run(args: &RobustnessArgs) -> u8 {
    let eval = match evaluated(&args.inputs, &args.jury, &args.what_if) {
        Ok(eval) => eval,
        Err(code) => return code,
    };
    match report::robustness(&eval, args.lang) {
        Ok(Some(text)) => {
            say!("{text}");
            exit::OK
        }
        Ok(None) => {
            eprintln!(
                "error: the criteria have no `robustness` section; add one such as `robustness: {{ draws: 1000, seed: 2026, weights: 25 }}`"
            );
            exit::CONFIG
        }
        Err(e) => {
            eprintln!("error: {e}");
            exit::CANT_CREATE
        }
    }
}
