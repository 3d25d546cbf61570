fn main() {
    for f in std::env::args().skip(1) {
        let bytes = std::fs::read(&f).unwrap();
        match langaward::criteria::parse(&bytes) {
            Ok((c, _)) => println!("{f}: OK {} criteria, decimals {}", c.criteria.len(), c.decimals),
            Err(ds) => { for d in ds { println!("{f}:{}:{}: {} {} | {}", d.line, d.column, d.code, d.message, d.hint); } }
        }
    }
}
