//! The transport-neutral reply: an embed-shaped [`Card`] of structured [`Text`], text above
//! it, and [`Button`]s. Builders here fit every part to Discord's limits as Discord counts
//! them once rendered (see [`Text::rendered_len`]), so no renderer has to cut.

use serde::Serialize;

use super::text::Text;
use crate::knowledge::Command;
use crate::limits::{self, trim_text};

/// One titled field of a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub name: String,
    pub value: Text,
    pub inline: bool,
}

/// An embed-shaped card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Card {
    pub title: String,
    /// Where the title leads: the fact's source document.
    pub url: Option<String>,
    /// A short line above the description that says what the subject is (a person's role);
    /// Discord shows it in bold.
    pub subtitle: Option<String>,
    pub description: Text,
    pub fields: Vec<Field>,
    pub footer: String,
    pub color: u32,
}

/// A button offering a fact: pressing it shows that fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Button {
    pub label: String,
    pub command: Command,
    pub fact_id: String,
}

/// What the member gets, independent of transport.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reply {
    /// Only the asking member sees it (Discord ephemeral).
    pub ephemeral: bool,
    /// Text above the card, within the message content limit.
    pub content: Option<Text>,
    pub card: Option<Card>,
    pub buttons: Vec<Button>,
}

impl Reply {
    /// A private reply of text alone, fitted to the message content limit.
    pub fn private(text: Text) -> Reply {
        Reply {
            ephemeral: true,
            content: Some(text.fit(limits::CONTENT_MAX)),
            card: None,
            buttons: Vec::new(),
        }
    }

    /// A public reply showing `card`, fitted to the embed limits.
    pub fn card(card: Card, ephemeral: bool) -> Reply {
        Reply {
            ephemeral,
            content: None,
            card: Some(card.fit()),
            buttons: Vec::new(),
        }
    }
}

impl Card {
    /// A card with a title, a description and a colour, and nothing else yet.
    pub fn new(title: impl Into<String>, description: impl Into<Text>, color: u32) -> Card {
        Card {
            title: title.into(),
            url: None,
            subtitle: None,
            description: description.into(),
            fields: Vec::new(),
            footer: String::new(),
            color,
        }
    }

    /// Adds a field, fitted to the field limits; an empty value is left out (Discord refuses
    /// one), and so is a field beyond the 25th.
    pub fn field(&mut self, name: &str, value: impl Into<Text>, inline: bool) {
        let value = value.into();
        if value.is_empty() || self.fields.len() >= limits::EMBED_FIELDS_MAX {
            return;
        }
        self.fields.push(Field {
            name: trim_text(name, limits::EMBED_FIELD_NAME_MAX),
            value: value.fit(limits::EMBED_FIELD_VALUE_MAX),
            inline,
        });
    }

    /// What the subtitle adds to the description once rendered: itself, its bold markup and
    /// the line break before a description.
    fn subtitle_len(&self) -> usize {
        match self.subtitle.as_deref() {
            None | Some("") => 0,
            Some(subtitle) => {
                subtitle.chars().count()
                    + limits::SUBTITLE_MARKUP
                    + usize::from(!self.description.is_empty())
            }
        }
    }

    /// The rendered description, subtitle included, as Discord counts it.
    pub fn description_len(&self) -> usize {
        self.subtitle_len() + self.description.rendered_len()
    }

    /// Total characters as Discord counts them against the 6,000 limit, markup included.
    pub fn total_len(&self) -> usize {
        let count = |s: &str| s.chars().count();
        count(&self.title)
            + self.description_len()
            + count(&self.footer)
            + self
                .fields
                .iter()
                .map(|f| count(&f.name) + f.value.rendered_len())
                .sum::<usize>()
    }

    /// Trims every part to its own limit, then drops trailing fields and shortens the
    /// description until the whole card fits.
    pub fn fit(mut self) -> Card {
        const DESCRIPTION_KEPT: usize = 200;
        self.title = trim_text(&self.title, limits::EMBED_TITLE_MAX);
        self.subtitle = self.subtitle.map(|s| {
            // Room for its markup and a line of description.
            trim_text(
                &s,
                limits::EMBED_DESCRIPTION_MAX - limits::SUBTITLE_MARKUP - DESCRIPTION_KEPT,
            )
        });
        let room = limits::EMBED_DESCRIPTION_MAX - self.subtitle_len();
        self.description = std::mem::take(&mut self.description).fit(room);
        self.footer = trim_text(&self.footer, limits::EMBED_FOOTER_MAX);
        while self.total_len() > limits::EMBED_TOTAL_MAX {
            let excess = self.total_len() - limits::EMBED_TOTAL_MAX;
            let description = self.description.rendered_len();
            if description > DESCRIPTION_KEPT {
                let keep = description.saturating_sub(excess).max(DESCRIPTION_KEPT);
                self.description = std::mem::take(&mut self.description).fit(keep);
            } else if self.fields.pop().is_none() {
                break;
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::text::Span;

    #[test]
    fn a_card_too_long_in_total_is_cut_to_fit() {
        let mut card = Card::new("t".repeat(300), "d".repeat(5_000), 0);
        card.subtitle = Some("Role".into());
        for i in 0..30 {
            card.field(&format!("field {i}"), "v".repeat(2_000), false);
        }
        card.field(
            "Source",
            Text::new().with(Span::Link {
                text: "x".into(),
                url: "u".into(),
            }),
            false,
        );
        let card = card.fit();
        assert!(card.title.chars().count() <= limits::EMBED_TITLE_MAX);
        assert!(card.description_len() <= limits::EMBED_DESCRIPTION_MAX);
        assert!(card.fields.len() <= limits::EMBED_FIELDS_MAX);
        assert!(card.total_len() <= limits::EMBED_TOTAL_MAX);
        assert!(
            card.fields
                .iter()
                .all(|f| f.value.rendered_len() <= limits::EMBED_FIELD_VALUE_MAX)
        );
    }

    #[test]
    fn the_subtitle_counts_toward_the_description() {
        let mut card = Card::new("t", "d".repeat(limits::EMBED_DESCRIPTION_MAX), 0);
        card.subtitle = Some("Publisher".into());
        // **Publisher**\n
        assert_eq!(
            card.description_len(),
            9 + 5 + limits::EMBED_DESCRIPTION_MAX
        );
        let card = card.fit();
        assert!(card.description_len() <= limits::EMBED_DESCRIPTION_MAX);
        let alone = Card {
            subtitle: Some("Publisher".into()),
            ..Card::new("t", "", 0)
        };
        assert_eq!(alone.description_len(), 9 + 4);
    }

    #[test]
    fn empty_values_are_left_out() {
        let mut card = Card::new("t", "", 0);
        card.field("Also known as", "", true);
        card.field("Who", " ", true);
        assert!(card.fields.is_empty());
    }
}
