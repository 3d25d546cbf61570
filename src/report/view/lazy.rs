//! Long lists of a report page handed to the template engine one item at a
//! time.
//!
//! The engine copies a page's view into its own values before rendering.
//! For the report page that copy held every ranked applicant three times
//! over (table row, matrix row, chart bar) at once: the run's peak memory
//! grew with the number of applicants by more than the view itself. A
//! [`Lazy`] list is an engine object instead: the template sees a list, and
//! each item is converted when the template reaches it and dropped after.

use minijinja::value::{Enumerator, Object, ObjectRepr, Value};
use serde::{Serialize, Serializer};
use std::sync::Arc;

/// A list the template reads item by item; serialised anywhere else, it is
/// an ordinary list.
pub struct Lazy<T>(Arc<Items<T>>);

/// The items, behind the `Arc` the engine's objects live in.
pub struct Items<T>(Vec<T>);

impl<T> Lazy<T> {
    pub fn new(items: Vec<T>) -> Lazy<T> {
        Lazy(Arc::new(Items(items)))
    }

    /// The items, for the compiled page, which reads them in place.
    pub fn items(&self) -> &[T] {
        &self.0.0
    }
}

impl<T> std::fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[{} items]", self.0.len())
    }
}

impl<T: Serialize + Send + Sync + 'static> Object for Items<T> {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let item = self.0.get(key.as_usize()?)?;
        Some(Value::from(minijinja::value::Serde(item)))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.0.len())
    }
}

impl<T: Serialize + Send + Sync + 'static> Serialize for Lazy<T> {
    /// Into the template engine, the object itself (the engine keeps a
    /// value serialised inside a view as it is); into anything else, the
    /// items.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if minijinja::value::serializing_for_value() {
            Value::from_dyn_object(self.0.clone()).serialize(s)
        } else {
            self.0.0.serialize(s)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Row {
        name: String,
        rank: u32,
    }

    #[derive(Serialize)]
    struct View {
        rows: Lazy<Row>,
        empty: Lazy<Row>,
    }

    fn view() -> View {
        let rows = (1..=3)
            .map(|rank| Row {
                name: format!("<b>{rank}</b>"),
                rank,
            })
            .collect();
        View {
            rows: Lazy::new(rows),
            empty: Lazy::new(Vec::new()),
        }
    }

    #[test]
    fn a_template_reads_a_lazy_list_as_the_list_it_holds() {
        let env = minijinja::Environment::new();
        let template = "{% if rows %}{{ rows | length }}:{% for r in rows %}{{ loop.index }}/{{ loop.length }} {{ r.rank }} {{ r.name }};{% endfor %}{% endif %}{% if empty %}never{% endif %}{{ empty | length }}";
        let lazy = env
            .render_str(template, Value::from(minijinja::value::Serde(view())))
            .unwrap();
        let plain = env
            .render_str(
                template,
                Value::from(minijinja::value::Serde(
                    serde_json::to_value(view()).unwrap(),
                )),
            )
            .unwrap();
        assert_eq!(lazy, plain);
        assert_eq!(lazy, "3:1/3 1 <b>1</b>;2/3 2 <b>2</b>;3/3 3 <b>3</b>;0");
    }

    #[test]
    fn outside_the_template_engine_it_is_a_plain_list() {
        let json = serde_json::to_string(&view()).unwrap();
        assert_eq!(
            json,
            r#"{"rows":[{"name":"<b>1</b>","rank":1},{"name":"<b>2</b>","rank":2},{"name":"<b>3</b>","rank":3}],"empty":[]}"#
        );
    }
}
