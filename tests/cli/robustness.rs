//! `langaward robustness` and the robustness block of results.json on the
//! bundled sample: the same every run, whatever the number of threads.

use crate::{langaward, read, root};
use serde_json::Value;

fn robustness(threads: &str) -> String {
    let out = langaward(&root())
        .env("RAYON_NUM_THREADS", threads)
        .arg("robustness")
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_analysis_is_the_same_every_run_and_names_a_contested_award() {
    let one = robustness("1");
    assert_eq!(one, robustness("2"));
    assert!(
        one.contains(
            "The main award is contested between Agjencia e Shoqërisë së Informacionit / \
             Agencija za informaciono društvo (52.3 %) and Agjencia e Statistikave të Kosovës / \
             Agencija za statistiku Kosova (47.7 %)"
        ),
        "{one}"
    );
    assert!(
        one.contains(
            "The main award goes to Ministria e Financave, Punës dhe Transfereve / \
             Ministarstvo finansija, rada i transfera in 100 % of draws"
        ),
        "{one}"
    );
    let out = tempfile::tempdir().unwrap();
    langaward(&root())
        .args(["--out", out.path().to_str().unwrap(), "--quiet"])
        .assert()
        .code(0);
    let results: Value = serde_json::from_str(&read(&out.path().join("results.json"))).unwrap();
    let agencies = &results["robustness"]["categories"][2];
    assert_eq!(agencies["main_award"], "contested");
    assert_eq!(agencies["contenders"][0]["id"], "ais");
    assert_eq!(results["robustness"]["draws"], 1000);
}
