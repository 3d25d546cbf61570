//! The `langaward` command: parses arguments, calls the library, prints.

mod cli;

/// Thousands of workbooks are read, and thousands of pages rendered, by
/// threads that each allocate and free many small strings; mimalloc hands
/// memory back to each thread without the system allocator's locking and
/// fragmentation (see BENCHMARKS.md for what it saves).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc.h: how long freed memory stays with
/// the process before it goes back to the system.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    // Memory freed by one thread goes back to the system after 10 ms rather
    // than mimalloc's default second: the report pages, results.xlsx and the
    // scorecards follow each other on different threads, and each would
    // otherwise add its peak to the others'. At 0 ms every free unmapped at
    // once, and the other core's TLB flushes cost seconds of system time
    // (BENCHMARKS.md, peak RSS).
    // SAFETY: sets a plain integer option; mimalloc reads it when it purges.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 10) };
    cli::run()
}
