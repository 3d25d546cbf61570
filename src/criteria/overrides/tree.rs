//! The criteria file's YAML as a tree of nodes with their places in the
//! text, and the way an override's path is followed through it.

use super::{Override, OverridePath, pos_of};
use crate::criteria::diagnostic::{Code, Diagnostic};
use serde_saphyr::granit_parser::{Event, Parser, StructureStyle};

/// A node of the file's YAML and where it lies in the text (byte offsets;
/// `end` is past its last character, trailing comments and blank lines
/// not included).
pub(super) struct Node {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) shape: Shape,
}

pub(super) enum Shape {
    Scalar(String),
    /// `*name`: the value is written where its anchor is.
    Alias,
    Mapping {
        flow: bool,
        entries: Vec<Entry>,
    },
    Sequence {
        flow: bool,
        items: Vec<usize>,
    },
}

/// A mapping's key (its text and where it stands) and its value's node.
pub(super) struct Entry {
    key: String,
    key_at: (usize, usize),
    pub(super) value: usize,
}

/// A collection being read, with the key (text, start and end) awaiting
/// its value when it is a mapping.
type Open = (usize, Option<(String, (usize, usize))>);

/// The file's YAML as nodes in one list, children by index: built and
/// dropped without recursion, however deep the file nests.
pub(super) struct Tree {
    nodes: Vec<Node>,
    root: usize,
}

impl Tree {
    /// The first document of `text`; `None` when it is not YAML.
    pub(super) fn read(text: &str) -> Option<Tree> {
        let mut tree = Tree {
            nodes: Vec::new(),
            root: 0,
        };
        // The collections being read, each with a key awaiting its value.
        let mut open: Vec<Open> = Vec::new();
        let mut last_end = 0;
        for event in Parser::new_from_str(text) {
            let (event, span) = event.ok()?;
            let (start, end) = (span.start.byte_offset()?, span.end.byte_offset()?);
            let shape = match event {
                Event::Scalar(value, ..) => Shape::Scalar(value.into_owned()),
                Event::Alias(_) => Shape::Alias,
                Event::MappingStart(style, ..) => Shape::Mapping {
                    flow: style == StructureStyle::Flow,
                    entries: Vec::new(),
                },
                Event::SequenceStart(style, ..) => Shape::Sequence {
                    flow: style == StructureStyle::Flow,
                    items: Vec::new(),
                },
                Event::MappingEnd | Event::SequenceEnd => {
                    let (ix, _) = open.pop()?;
                    let node = tree.nodes.get_mut(ix)?;
                    if let Shape::Mapping { flow: true, .. } | Shape::Sequence { flow: true, .. } =
                        node.shape
                    {
                        last_end = end;
                    }
                    node.end = last_end.max(node.start);
                    tree.attach(text, &mut open, ix, &mut last_end);
                    continue;
                }
                Event::DocumentEnd => break,
                _ => continue,
            };
            let collection = matches!(shape, Shape::Mapping { .. } | Shape::Sequence { .. });
            // A block scalar's span takes in the line breaks after it.
            let end = match collection {
                true => start,
                false => start + text.get(start..end)?.trim_end().len(),
            };
            tree.nodes.push(Node { start, end, shape });
            let ix = tree.nodes.len() - 1;
            if collection {
                open.push((ix, None));
            } else {
                last_end = end;
                tree.attach(text, &mut open, ix, &mut last_end);
            }
        }
        open.is_empty().then_some(tree)
    }

    /// Files a finished node under the collection being read: a mapping's
    /// key, a mapping's value under the key before it, or a list's item.
    fn attach(&mut self, text: &str, open: &mut [Open], ix: usize, last_end: &mut usize) {
        let Some((parent, pending)) = open.last_mut() else {
            self.root = ix;
            return;
        };
        let is_mapping = matches!(
            self.nodes.get(*parent).map(|n| &n.shape),
            Some(Shape::Mapping { .. })
        );
        match pending.take() {
            None if is_mapping => {
                *pending = self.nodes.get(ix).map(|n| match &n.shape {
                    Shape::Scalar(key) => (key.clone(), (n.start, n.end)),
                    _ => (String::new(), (n.start, n.end)),
                });
            }
            Some((key, key_at)) => {
                let key_end = key_at.1;
                // An empty value (`key:` and nothing) lies just past the colon.
                if let Some(node) = self.nodes.get_mut(ix)
                    && node.start == node.end
                    && let Some(colon) = after_colon(text, key_end)
                {
                    (node.start, node.end) = (colon, colon);
                    *last_end = (*last_end).max(colon);
                }
                if let Some(Shape::Mapping { entries, .. }) =
                    self.nodes.get_mut(*parent).map(|n| &mut n.shape)
                {
                    entries.push(Entry {
                        key,
                        key_at,
                        value: ix,
                    });
                }
            }
            None => {
                if let Some(Shape::Sequence { items, .. }) =
                    self.nodes.get_mut(*parent).map(|n| &mut n.shape)
                {
                    items.push(ix);
                }
            }
        }
    }

    pub(super) fn node(&self, ix: usize) -> Option<&Node> {
        self.nodes.get(ix)
    }

    /// The item of a list that `segment` names: by its `id` or `key`, else
    /// by its position from 1.
    fn item(&self, items: &[usize], segment: &str) -> Option<usize> {
        let named = items
            .iter()
            .copied()
            .find(|&ix| self.item_id(ix).is_some_and(|id| id == segment));
        named.or_else(|| {
            let n: usize = segment.parse().ok()?;
            items.get(n.checked_sub(1)?).copied()
        })
    }

    /// A list item's `id`, or its `key`, when it is a mapping that has one.
    fn item_id(&self, ix: usize) -> Option<&str> {
        let Shape::Mapping { entries, .. } = &self.node(ix)?.shape else {
            return None;
        };
        entries
            .iter()
            .filter(|e| e.key == "id" || e.key == "key")
            .find_map(|e| match &self.node(e.value)?.shape {
                Shape::Scalar(id) => Some(id.as_str()),
                _ => None,
            })
    }

    /// What a path leads to, with the nodes passed on the way.
    pub(super) fn resolve(&self, path: &OverridePath) -> Result<Resolved, Miss> {
        let mut at = self.root;
        let mut entry: Option<(usize, usize)> = None;
        let mut steps = vec![Step::Node(at)];
        let segments = path.segments();
        for (i, segment) in segments.iter().enumerate() {
            let seg = segment.as_str();
            let so_far = || OverridePath(segments.get(..i).unwrap_or_default().to_vec());
            let node = self.node(at).ok_or(Miss::Broken)?;
            let next = match &node.shape {
                Shape::Mapping { entries, .. } => match entries.iter().find(|e| e.key == seg) {
                    Some(e) => {
                        entry = Some(e.key_at);
                        e.value
                    }
                    None if i + 1 == segments.len() => {
                        steps.push(Step::NewKey(seg.to_string()));
                        return Ok(Resolved {
                            target: Target::Insert {
                                mapping: at,
                                key: seg.to_string(),
                            },
                            steps,
                        });
                    }
                    None => {
                        let known = entries.iter().map(|e| e.key.clone()).collect();
                        return Err(Miss::NoSuch(at, so_far(), seg.to_string(), known));
                    }
                },
                Shape::Sequence { items, .. } => match self.item(items, seg) {
                    Some(item) => {
                        entry = None;
                        item
                    }
                    None => {
                        let known = self.known_items(items);
                        return Err(Miss::NoSuch(at, so_far(), seg.to_string(), known));
                    }
                },
                Shape::Scalar(_) | Shape::Alias => {
                    return Err(Miss::Leaf(at, so_far(), seg.to_string()));
                }
            };
            at = next;
            steps.push(Step::Node(at));
        }
        Ok(Resolved {
            target: Target::Replace { node: at, entry },
            steps,
        })
    }

    /// How a list's items can be named: their ids, else their positions.
    fn known_items(&self, items: &[usize]) -> Vec<String> {
        let ids: Vec<String> = items
            .iter()
            .filter_map(|&ix| self.item_id(ix).map(str::to_string))
            .collect();
        match (ids.is_empty(), items.len()) {
            (false, _) => ids,
            (true, 0) => Vec::new(),
            (true, n) => vec![format!("1 to {n}")],
        }
    }
}

/// A node passed on the way to an override's place; a key the override adds.
#[derive(PartialEq)]
pub(super) enum Step {
    Node(usize),
    NewKey(String),
}

/// Where a path leads.
pub(super) struct Resolved {
    pub(super) target: Target,
    pub(super) steps: Vec<Step>,
}

pub(super) enum Target {
    /// A value to replace; `entry` is where its key starts and ends when
    /// it is a mapping's value, so the replacement starts after the key's
    /// colon.
    Replace {
        node: usize,
        entry: Option<(usize, usize)>,
    },
    /// A key the mapping lacks, to add.
    Insert { mapping: usize, key: String },
}

/// Why a path leads nowhere: `(node, path so far, segment, …)`.
pub(super) enum Miss {
    /// The mapping or list has no such key or item; what it has.
    NoSuch(usize, OverridePath, String, Vec<String>),
    /// The path goes on past a single value.
    Leaf(usize, OverridePath, String),
    /// The tree does not hold the node it names: not expected.
    Broken,
}

/// Just past the colon that follows a mapping key ending at `key_end`.
pub(super) fn after_colon(text: &str, key_end: usize) -> Option<usize> {
    let rest = text.get(key_end..)?;
    let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    rest.get(gap..)?
        .starts_with(':')
        .then_some(key_end + gap + 1)
}

/// A path that leads nowhere, at the mapping or list that lacks its next part.
pub(super) fn missed(tree: &Tree, text: &str, set: &Override, miss: Miss) -> Diagnostic {
    let named = |so_far: &OverridePath| match so_far.segments() {
        [] => "the criteria file".to_string(),
        _ => format!("`{so_far}`"),
    };
    let at = |node: usize| pos_of(text, tree.node(node).map_or(0, |n| n.start));
    let (node, message, hint) = match miss {
        Miss::NoSuch(node, so_far, segment, known) => {
            let near = crate::text::nearest(&segment, known.iter().map(String::as_str));
            let list = match known.is_empty() {
                true => "it is empty".to_string(),
                false => format!("known: {}", known.join(", ")),
            };
            let hint = match near {
                Some(near) => format!("did you mean `{near}`? {list}"),
                None => list,
            };
            (node, format!("{} has no `{segment}`", named(&so_far)), hint)
        }
        Miss::Leaf(node, so_far, segment) => (
            node,
            format!(
                "{} is a single value, with no `{segment}` inside",
                named(&so_far)
            ),
            format!("end the path at `{so_far}`"),
        ),
        Miss::Broken => (
            tree.root,
            "the path cannot be followed".to_string(),
            String::new(),
        ),
    };
    Diagnostic {
        set_by: Some(set.to_string()),
        ..Diagnostic::error(Code::OverridePath, at(node), message, hint)
    }
}
