//! The `langaward` command: parses arguments, calls the library, prints.

mod cli;

/// Thousands of workbooks are read, and thousands of pages rendered, by
/// threads that each allocate and free many small strings; mimalloc hands
/// memory back to each thread without the system allocator's locking and
/// fragmentation (see BENCHMARKS.md for what it saves).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}
