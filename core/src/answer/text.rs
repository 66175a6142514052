//! [`Text`]: what a reply says, as a run of [`Span`]s that name what each part *is* (the
//! bot's words, the member's own words echoed back, something to type, a link, a moment),
//! never how it looks. Each renderer writes its own markup: Discord's in the binary's
//! `discord::reply`, plain text in its `terminal`.
//!
//! Discord counts its limits on the rendered text, markup included, so [`Text::rendered_len`]
//! counts what the Discord renderer may add (see the markup budget in [`crate::limits`]). The
//! core fits every reply to that count, and a rendered reply therefore fits by construction:
//! the renderer never has to cut again.

use serde::Serialize;

use crate::limits::{self, trim_text};

/// Whether a character must never reach a reader: a control character (ESC starts a
/// terminal escape sequence) or a bidi control (a right-to-left override turns the rest of
/// the line around, so an echoed query could make the bot's own words read backwards).
pub fn is_unprintable(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// Words a member typed, fit to echo: every [unprintable](is_unprintable) character dropped
/// (a line break or tab becomes a space).
pub fn inert(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if is_unprintable(c) => None,
            c => Some(c),
        })
        .collect()
}

/// One part of a [`Text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Span {
    /// The bot's or a curator's words, shown as they are.
    Plain(String),
    /// Words the member typed, echoed back: a renderer must keep them from formatting
    /// anything (Discord escapes its markdown characters).
    Echo(String),
    /// Something to type: a command, a key, a fact id (Discord shows it as code).
    Code(String),
    /// Text that leads to a web page.
    Link { text: String, url: String },
    /// A moment, in seconds since the Unix epoch (Discord shows it relative, in the reader's
    /// time zone; the terminal as a UTC date).
    Time(u64),
}

impl Span {
    /// Characters once rendered for Discord: an upper bound every renderer keeps to.
    pub fn rendered_len(&self) -> usize {
        let count = |s: &str| s.chars().count();
        match self {
            Span::Plain(s) => count(s),
            Span::Echo(s) => count(s) * limits::ECHO_ESCAPE_FACTOR,
            Span::Code(s) => count(s) + limits::CODE_MARKUP,
            Span::Link { text, url } => count(text) + count(url) + limits::LINK_MARKUP,
            Span::Time(secs) => secs.to_string().len() + limits::TIME_MARKUP,
        }
    }

    /// True when it shows nothing but white space.
    fn is_blank(&self) -> bool {
        match self {
            Span::Plain(s) | Span::Echo(s) | Span::Code(s) => s.trim().is_empty(),
            Span::Link { .. } | Span::Time(_) => false,
        }
    }

    /// The longest form of this span that renders within `room` characters, if any; the cut
    /// is marked with an ellipsis. A link that does not fit loses its url before its text.
    fn shortened(&self, room: usize) -> Option<Span> {
        let span = match self {
            Span::Plain(s) => Span::Plain(trim_text(s, room)),
            Span::Echo(s) => Span::Echo(trim_text(s, room / limits::ECHO_ESCAPE_FACTOR)),
            Span::Code(s) => Span::Code(trim_text(s, room.checked_sub(limits::CODE_MARKUP)?)),
            Span::Link { text, .. } => Span::Plain(trim_text(text, room)),
            Span::Time(_) => return None,
        };
        (!span.is_blank() && span.rendered_len() <= room).then_some(span)
    }
}

/// Text with a little structure: a sequence of [`Span`]s, line breaks included in the plain
/// parts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Text {
    spans: Vec<Span>,
}

impl Text {
    pub fn new() -> Text {
        Text::default()
    }

    /// The bot's or a curator's words, as one plain span.
    pub fn plain(text: impl Into<String>) -> Text {
        Text::new().with(Span::Plain(text.into()))
    }

    /// This text followed by `span`.
    pub fn with(mut self, span: Span) -> Text {
        self.push(span);
        self
    }

    /// Appends `span`, merging plain text into the plain span before it.
    pub fn push(&mut self, span: Span) {
        match (self.spans.last_mut(), span) {
            (Some(Span::Plain(last)), Span::Plain(more)) => last.push_str(&more),
            (_, span) => self.spans.push(span),
        }
    }

    /// Appends every span of `other`.
    pub fn append(&mut self, other: Text) {
        for span in other.spans {
            self.push(span);
        }
    }

    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// True when it shows nothing but white space (Discord refuses an empty field value).
    pub fn is_empty(&self) -> bool {
        self.spans.iter().all(Span::is_blank)
    }

    /// Characters once rendered for Discord, markup included: what Discord's limits count.
    pub fn rendered_len(&self) -> usize {
        self.spans.iter().map(Span::rendered_len).sum()
    }

    /// The text cut to render within `max` characters: whole spans while they fit, then the
    /// one that does not, shortened with an ellipsis when something of it can be kept.
    pub fn fit(self, max: usize) -> Text {
        if self.rendered_len() <= max {
            return self;
        }
        let mut out = Text::new();
        let mut used = 0;
        for span in self.spans {
            let len = span.rendered_len();
            if used + len <= max {
                used += len;
                out.push(span);
                continue;
            }
            if let Some(short) = span.shortened(max - used) {
                out.push(short);
            }
            break;
        }
        out
    }

    /// `lines` one per line, as many as fit in `max` rendered characters, then "… and N more"
    /// on a line of its own.
    pub fn lines(lines: Vec<Text>, max: usize) -> Text {
        let total = lines.len();
        let mut out = Text::new();
        for (i, line) in lines.into_iter().enumerate() {
            let more = format!("… and {} more", total - i);
            let separator = usize::from(!out.spans.is_empty());
            // Room for this line, and for the "and more" line should the next one not fit.
            if out.rendered_len() + separator + line.rendered_len() + 1 + more.chars().count() > max
            {
                if separator == 1 {
                    out.push(Span::Plain("\n".into()));
                }
                out.push(Span::Plain(more));
                return out;
            }
            if separator == 1 {
                out.push(Span::Plain("\n".into()));
            }
            out.append(line);
        }
        out
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text::plain(text)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::plain(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link() -> Span {
        Span::Link {
            text: "Zenda Gazette".into(),
            url: "https://example.org/zenda".into(),
        }
    }

    #[test]
    fn rendered_length_counts_the_markup_of_each_kind() {
        assert_eq!(Span::Plain("abc".into()).rendered_len(), 3);
        assert_eq!(Span::Echo("a*b".into()).rendered_len(), 6);
        assert_eq!(Span::Code("/who".into()).rendered_len(), 6);
        // [Zenda Gazette](https://example.org/zenda)
        assert_eq!(link().rendered_len(), 13 + 25 + 4);
        // <t:1714567890:R>
        assert_eq!(Span::Time(1_714_567_890).rendered_len(), 16);
    }

    #[test]
    fn plain_text_merges_and_blank_text_is_empty() {
        let text = Text::plain("a").with(Span::Plain("b".into()));
        assert_eq!(text.spans(), [Span::Plain("ab".into())]);
        assert!(Text::plain("  \n").is_empty());
        assert!(Text::new().is_empty());
        assert!(!Text::new().with(Span::Time(0)).is_empty());
    }

    #[test]
    fn fitting_keeps_whole_spans_then_shortens_the_next() {
        let text = Text::plain("Source: ").with(link());
        assert_eq!(text.clone().fit(100), text);
        // The link does not fit with its url: its text is kept, plain.
        let fitted = text.fit(30);
        assert_eq!(
            fitted.spans(),
            [Span::Plain("Source: Zenda Gazette".into())]
        );
        let long = Text::plain("word ".repeat(100)).with(Span::Code("x".into()));
        let fitted = long.fit(50);
        assert!(fitted.rendered_len() <= 50, "{fitted:?}");
        assert!(matches!(&fitted.spans()[0], Span::Plain(s) if s.ends_with('…')));
        // Nothing of a moment can be shortened: it is left out.
        assert_eq!(Text::new().with(Span::Time(1)).fit(3), Text::new());
    }

    #[test]
    fn fitting_never_exceeds_the_budget() {
        let text = Text::plain("The case file has nothing on “")
            .with(Span::Echo("ab*cd ".repeat(20)))
            .with(Span::Plain("”. Try ".into()))
            .with(Span::Code("hague".into()))
            .with(link())
            .with(Span::Time(99));
        for max in 0..text.rendered_len() + 2 {
            let fitted = text.clone().fit(max);
            assert!(fitted.rendered_len() <= max, "{max}: {fitted:?}");
        }
    }

    #[test]
    fn long_lists_fit_and_say_how_many_are_left() {
        let lines: Vec<Text> = (0..200)
            .map(|i| Text::plain(format!("• A fairly long event title number {i}")))
            .collect();
        let list = Text::lines(lines.clone(), limits::EMBED_FIELD_VALUE_MAX);
        assert!(list.rendered_len() <= limits::EMBED_FIELD_VALUE_MAX);
        let [Span::Plain(shown)] = list.spans() else {
            panic!("{list:?}")
        };
        assert!(shown.starts_with("• A fairly long event title number 0\n"));
        let count = shown.lines().filter(|l| l.starts_with('•')).count();
        assert!(shown.ends_with(&format!("\n… and {} more", 200 - count)));
        let two = Text::lines(lines[..2].to_vec(), limits::EMBED_FIELD_VALUE_MAX);
        assert_eq!(two.rendered_len(), 2 * 36 + 1);
    }

    /// "… and N more" was glued to the end of the last line shown ("…media freedom… and 10
    /// more") instead of standing on a line of its own.
    #[test]
    fn and_more_stands_on_its_own_line() {
        let lines: Vec<Text> = (0..10).map(|i| Text::plain(format!("line {i}"))).collect();
        let list = Text::lines(lines, 30);
        assert_eq!(list, Text::plain("line 0\nline 1\n… and 8 more"));
        assert!(list.rendered_len() <= 30);
        let first = Text::lines(vec![Text::plain("x".repeat(40))], 30);
        assert_eq!(first, Text::plain("… and 1 more"));
    }

    #[test]
    fn lists_count_the_markup_of_their_lines() {
        let lines: Vec<Text> = (0..100)
            .map(|i| Text::plain("/who ").with(Span::Code(format!("fact-{i}"))))
            .collect();
        let list = Text::lines(lines, 100);
        assert!(list.rendered_len() <= 100, "{}", list.rendered_len());
        assert!(matches!(list.spans().last(), Some(Span::Plain(s)) if s.ends_with("more")));
    }
}
