//! The jury report and the scorecards as self-contained HTML pages, one per
//! language, from embedded minijinja templates that a folder can override.
//! The templates are given typed views (`super::view`); pages are rendered
//! and handed to the sink in parallel, each as soon as it is ready. The
//! built-in report and scorecard pages are written by compiled code that
//! writes what their templates would (`super::compiled`).

use super::compiled::{Compiled, Shell};
use super::view::{Page, diff, report, scorecard};
use super::{RenderError, slug};
use crate::evaluate::Evaluation;
use crate::i18n::{Lang, Messages};
use crate::ix::ApplicantIx;
use crate::output::{Content, OutputFile};
use minijinja::{Environment, UndefinedBehavior, Value};
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// The templates compiled into the binary; `--templates DIR` may replace any
/// of them by file name.
pub const TEMPLATES: [(&str, &str); 6] = [
    ("layout.html.j2", include_str!("templates/layout.html.j2")),
    ("chart.html.j2", include_str!("templates/chart.html.j2")),
    ("report.html.j2", include_str!("templates/report.html.j2")),
    (
        "scorecard.html.j2",
        include_str!("templates/scorecard.html.j2"),
    ),
    ("index.html.j2", include_str!("templates/index.html.j2")),
    ("diff.html.j2", include_str!("templates/diff.html.j2")),
];

/// The file in a `--templates` folder that replaces the built-in template
/// `name`, if there is one.
fn replacement(templates: Option<&Path>, name: &str) -> Option<PathBuf> {
    templates
        .map(|dir| dir.join(name))
        .filter(|path| path.is_file())
}

fn environment(overrides: Option<&Path>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html.j2") || name.ends_with(".html") {
            minijinja::AutoEscape::Html
        } else {
            minijinja::AutoEscape::None
        }
    });
    let dir: Option<PathBuf> = overrides.map(Path::to_path_buf);
    env.set_loader(move |name| {
        if let Some(path) = replacement(dir.as_deref(), name) {
            return std::fs::read_to_string(&path).map(Some).map_err(|e| {
                minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    format!("cannot read template {}: {e}", path.display()),
                )
            });
        }
        Ok(TEMPLATES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, source)| source.to_string()))
    });
    env
}

fn render_template(
    env: &Environment,
    name: &str,
    ctx: &impl Serialize,
) -> Result<String, RenderError> {
    let template = env.get_template(name).map_err(template_error)?;
    template
        .render(Value::from(minijinja::value::Serde(ctx)))
        .map_err(template_error)
}

/// Renders a template straight into the file `write` makes of it, so a page
/// holding the whole ranking is never also held as text. A template error
/// stops the write and is returned as itself, not as a failed write.
fn stream_template<E: From<RenderError>>(
    env: &Environment,
    name: &str,
    ctx: &impl Serialize,
    write: impl FnOnce(Content) -> Result<(), E>,
) -> Result<(), E> {
    let template = env.get_template(name).map_err(template_error)?;
    let failed = std::cell::Cell::new(None);
    let written = write(Content::Stream(Box::new(|out| {
        let ctx = Value::from(minijinja::value::Serde(ctx));
        template
            .render_captured_to(ctx, out)
            .map(drop)
            .map_err(|e| {
                failed.set(Some(template_error(e)));
                std::io::Error::other("template error")
            })
    })));
    match failed.take() {
        Some(e) => Err(e.into()),
        None => written,
    }
}

fn template_error(e: minijinja::Error) -> RenderError {
    let place = match (e.name(), e.line()) {
        (Some(name), Some(line)) => format!("{name}:{line}: "),
        (Some(name), None) => format!("{name}: "),
        _ => String::new(),
    };
    let detail = e.detail().map(|d| format!(": {d}")).unwrap_or_default();
    RenderError::Template(format!("{place}{}{detail}", e.kind()))
}

/// The edition-over-edition page, in the report's style, from the newer
/// edition's `results.json` and the comparison.
pub fn render_diff(
    c: &crate::diff::Comparison,
    newer: &crate::results::Results,
    lang: Lang,
    templates: Option<&Path>,
) -> Result<String, RenderError> {
    let m = Messages::cached(lang)?;
    let award = diff::award(newer, c.new_edition, lang);
    let page = diff::page(c, newer, m, &award);
    render_template(&environment(templates), "diff.html.j2", &page)
}

/// The files [`render`] writes, in order, so overwrite checks can run first.
pub fn file_names(eval: &Evaluation, langs: &[Lang]) -> Vec<String> {
    let slugs = slug::assign(eval);
    let mut names = vec!["index.html".to_string()];
    for lang in langs {
        names.push(format!("report.{}.html", lang.code()));
        names.extend((0..eval.applicants.len()).map(|i| {
            let slug = slugs.get(&ApplicantIx::new(i)).cloned().unwrap_or_default();
            format!("scorecards/{slug}.{}.html", lang.code())
        }));
    }
    names
}

/// The index page: a link to the report in each language.
#[derive(Serialize)]
struct IndexPage<'a> {
    #[serde(flatten)]
    base: super::view::Base<'a>,
    pages: Vec<IndexLink>,
}

#[derive(Serialize)]
struct IndexLink {
    href: String,
    html_lang: &'static str,
    label: &'static str,
    title: String,
}

/// Renders the index, then the report and every scorecard in each language.
/// Scorecards are rendered in parallel and each is handed to `sink` as soon
/// as it is ready, from the thread that rendered it, so no page waits for
/// another and memory holds only the pages in flight. One thread writes the
/// report pages and then runs `alongside` while the others write scorecards
/// (rendered before them, the report pages kept a core idle for a tenth of
/// the run); `alongside` follows the report pages rather than running beside
/// them, as each report page holds the whole ranking in view and the two
/// together were the run's peak of memory.
pub fn render<E: From<RenderError> + Send>(
    eval: &Evaluation,
    langs: &[Lang],
    templates: Option<&Path>,
    sink: &(dyn Fn(OutputFile) -> Result<(), E> + Sync),
    alongside: impl FnOnce() -> Result<(), E> + Send,
) -> Result<(), E> {
    let env = environment(templates);
    let slugs = slug::assign(eval);
    let catalogues: Vec<&Messages> = langs
        .iter()
        .map(|&l| Messages::cached(l))
        .collect::<Result<_, _>>()
        .map_err(RenderError::from)?;
    let pages: Vec<Page> = catalogues
        .iter()
        .map(|m| Page::new(eval, m, langs, &slugs))
        .collect();
    if let Some(page) = pages.first() {
        what_if_shown(&env, page)?;
        let index = IndexPage {
            base: page.base(|l| format!("report.{}.html", l.code())),
            pages: langs
                .iter()
                .zip(&catalogues)
                .map(|(lang, m)| IndexLink {
                    href: format!("report.{}.html", lang.code()),
                    html_lang: lang.html_lang(),
                    label: lang.label(),
                    title: m.get("report_title").to_string(),
                })
                .collect(),
        };
        let html = render_template(&env, "index.html.j2", &index)?;
        sink(OutputFile {
            name: "index.html".into(),
            content: Content::Bytes(html.into_bytes()),
        })?;
    }
    let report_shells = shells(&env, &pages, templates, Compiled::Report)?;
    let shells = shells(&env, &pages, templates, Compiled::Scorecard)?;
    // The report pages one after another, then the data files, on one
    // thread beside the scorecards.
    let reports = || {
        pages
            .iter()
            .zip(&report_shells)
            .try_for_each(|(page, shell)| report_page(&env, page, shell.as_ref(), sink))?;
        alongside()
    };
    // Each applicant's evidence rows are read back once, for its pages in
    // every language, and dropped when they are written.
    let cards = || {
        eval.applicants
            .par_iter()
            .enumerate()
            .try_for_each(|(i, a)| {
                let entry = ApplicantIx::new(i);
                let a = eval.with_evidence(a).map_err(RenderError::from)?;
                let slug = slugs.get(&entry).map_or("", String::as_str);
                pages.iter().zip(&shells).try_for_each(|(page, shell)| {
                    let ctx = scorecard::page(page, entry, &a);
                    let html = match shell {
                        Some(shell) => shell.page(page.m, &ctx, slug),
                        None => render_template(&env, "scorecard.html.j2", &ctx)?,
                    };
                    sink(OutputFile {
                        name: format!("scorecards/{slug}.{}.html", page.m.lang().code()),
                        content: Content::Bytes(html.into_bytes()),
                    })
                })
            })
    };
    let (cards, other) = rayon::join(cards, reports);
    cards.and(other)
}

/// One language's report page: written by compiled code into its file as
/// it is made, or rendered by the template engine when a templates folder
/// replaces a template the page is made of.
fn report_page<E: From<RenderError>>(
    env: &Environment,
    page: &Page,
    shell: Option<&Shell>,
    sink: &(dyn Fn(OutputFile) -> Result<(), E> + Sync),
) -> Result<(), E> {
    let view = report::page(page);
    let name = format!("report.{}.html", page.m.lang().code());
    match shell {
        Some(shell) => {
            let write = |out: &mut dyn std::io::Write| shell.report(page.m, &view, out);
            let content = Content::Stream(Box::new(write));
            sink(OutputFile { name, content })
        }
        None => stream_template(env, "report.html.j2", &view, |content| {
            sink(OutputFile { name, content })
        }),
    }
}

/// A what-if report says so on every page, from the layout; a layout from
/// `--templates` that never shows `what_if` would hide it, so it is refused
/// for a what-if run rather than trusted.
fn what_if_shown(env: &Environment, page: &Page) -> Result<(), RenderError> {
    if page.what_if().is_none() {
        return Ok(());
    }
    let layout = env.get_template("layout.html.j2").map_err(template_error)?;
    if layout.source().contains("what_if") {
        return Ok(());
    }
    Err(RenderError::Template(
        "layout.html.j2: a what-if run's pages must say so, but this layout never shows \
         `what_if` (the built-in layout.html.j2 shows how)"
            .to_string(),
    ))
}

/// The layout of each language's pages of `kind` for its compiled writer,
/// or none where a templates folder replaces a template the page is made
/// of, whose pages the template engine renders.
fn shells(
    env: &Environment,
    pages: &[Page],
    templates: Option<&Path>,
    kind: Compiled,
) -> Result<Vec<Option<Shell>>, RenderError> {
    if kind
        .templates()
        .iter()
        .any(|name| replacement(templates, name).is_some())
    {
        return Ok(pages.iter().map(|_| None).collect());
    }
    let (name, source) = kind.shell_template();
    let template = env
        .template_from_named_str(name, source)
        .map_err(template_error)?;
    pages
        .iter()
        .map(|page| {
            let base = page.base(|l| kind.file(l));
            let layout = template
                .render(Value::from(minijinja::value::Serde(&base)))
                .map_err(template_error)?;
            Ok(Some(Shell::new(&layout)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::submission::FindingCode;

    #[test]
    fn every_message_key_is_used_by_a_template_or_the_renderer() {
        let m = Messages::load(Lang::En).unwrap();
        let templates: String = TEMPLATES.iter().map(|(_, s)| *s).collect();
        let renderer: String = [
            include_str!("html.rs"),
            include_str!("view/mod.rs"),
            include_str!("view/words.rs"),
            include_str!("view/report.rs"),
            include_str!("view/scorecard.rs"),
            include_str!("view/evidence.rs"),
            include_str!("view/jury.rs"),
            include_str!("view/jury_card.rs"),
            include_str!("view/nominee.rs"),
            include_str!("view/diff.rs"),
            include_str!("mod.rs"),
            include_str!("xlsx.rs"),
            include_str!("../i18n/mod.rs"),
            include_str!("../criteria/nominations.rs"),
            include_str!("../forms/applicant.rs"),
            include_str!("../forms/juror.rs"),
            include_str!("../jury/layout.rs"),
            include_str!("../jury/mod.rs"),
            include_str!("../cli/validate.rs"),
            include_str!("robustness.rs"),
        ]
        .iter()
        .map(|source| source.split("#[cfg(test)]").next().unwrap())
        .collect();
        for key in m.keys() {
            let used = templates.contains(&format!("m.{key} "))
                || templates.contains(&format!("m.{key}}}"))
                || renderer.contains(&format!("\"{key}\""))
                || key.starts_with("month_")
                || key.starts_with("script_")
                || FindingCode::ALL.iter().any(|c| c.message_key() == key);
            assert!(used, "message `{key}` is not used anywhere");
        }
    }

    #[test]
    fn every_template_key_exists_in_the_catalogue() {
        let m = Messages::load(Lang::En).unwrap();
        for (name, source) in TEMPLATES {
            for part in source.split("m.").skip(1) {
                let key: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !key.is_empty() {
                    assert!(
                        m.map().contains_key(&key),
                        "{name} uses unknown message `{key}`"
                    );
                }
            }
        }
    }
}
