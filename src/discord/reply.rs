//! A core [`Reply`] as a Discord interaction response: Discord's markup for each kind of
//! [`Span`] (bold subtitle, masked links, code, relative timestamps, the member's own words
//! escaped), the embed, buttons, the ephemeral flag, and allowed mentions set to nothing, on
//! every response, so no fact or query ever pings anyone.
//!
//! The core fits every reply to its rendered length (the markup budget in
//! [`casebot_core::limits`]); this renderer keeps within that budget, so it never cuts.

use serenity::builder::{
    CreateActionRow, CreateAllowedMentions, CreateButton, CreateEmbed, CreateEmbedFooter,
    CreateInteractionResponseMessage, EditInteractionResponse,
};
use serenity::model::application::ButtonStyle;

use super::commands::button_id;
use casebot_core::answer::{Card, Reply, Span, Text};
use casebot_core::limits;

/// Characters that format Discord text (inside a line, or at its start: `#` headings, `-`
/// lists, `>` quotes); a backslash before each shows it as is.
const MARKDOWN: &[char] = &[
    '\\', '*', '_', '~', '`', '|', '<', '>', '[', ']', '(', ')', '#', '-',
];

/// Words a member typed, made inert: every markdown character escaped, so an echoed query
/// cannot bold, link, mention, hide behind a spoiler, open a code span or a heading, or close
/// the quotation it is shown in; control and bidi characters (a right-to-left override would
/// turn the rest of the line around) are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text
        .chars()
        .filter(|&c| !casebot_core::answer::is_unprintable(c))
    {
        if MARKDOWN.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `text` in Discord's markup.
pub fn markup(text: &Text) -> String {
    let mut out = String::new();
    for span in text.spans() {
        match span {
            Span::Plain(s) => out.push_str(s),
            Span::Echo(s) => out.push_str(&escape(s)),
            // A backtick would end the code early: a look-alike takes its place (same length).
            Span::Code(s) => out.push_str(&format!("`{}`", s.replace('`', "ˋ"))),
            Span::Link { text, url } => out.push_str(&format!("[{text}]({url})")),
            Span::Time(secs) => out.push_str(&format!("<t:{secs}:R>")),
        }
    }
    out
}

/// The embed description: the subtitle in bold on its own line, then the description.
fn description(card: &Card) -> String {
    let description = markup(&card.description);
    match card.subtitle.as_deref() {
        None | Some("") => description,
        Some(subtitle) if description.is_empty() => format!("**{subtitle}**"),
        Some(subtitle) => format!("**{subtitle}**\n{description}"),
    }
}

fn embed(card: &Card) -> CreateEmbed {
    let mut embed = CreateEmbed::new()
        .title(&card.title)
        .description(description(card))
        .colour(card.color);
    if let Some(url) = &card.url {
        embed = embed.url(url);
    }
    for field in &card.fields {
        embed = embed.field(&field.name, markup(&field.value), field.inline);
    }
    if !card.footer.is_empty() {
        embed = embed.footer(CreateEmbedFooter::new(&card.footer));
    }
    embed
}

/// The message for `reply`: always with mentions disabled.
pub fn message(reply: &Reply) -> CreateInteractionResponseMessage {
    let mut message = CreateInteractionResponseMessage::new()
        .allowed_mentions(CreateAllowedMentions::new())
        .ephemeral(reply.ephemeral);
    if let Some(content) = &reply.content {
        message = message.content(markup(content));
    }
    if let Some(card) = &reply.card {
        message = message.embed(embed(card));
    }
    // Always set, so that answering a button press also removes the buttons it came from.
    message.components(rows(reply))
}

/// The edit that fills in a deferred response with `reply` (its visibility was set when the
/// response was deferred).
pub fn edit(reply: &Reply) -> EditInteractionResponse {
    let mut edit = EditInteractionResponse::new()
        .allowed_mentions(CreateAllowedMentions::new())
        .content(reply.content.as_ref().map(markup).unwrap_or_default());
    if let Some(card) = &reply.card {
        edit = edit.embed(embed(card));
    }
    edit.components(rows(reply))
}

fn rows(reply: &Reply) -> Vec<CreateActionRow> {
    reply
        .buttons
        .chunks(limits::BUTTONS_PER_ROW_MAX)
        .map(|chunk| {
            CreateActionRow::Buttons(
                chunk
                    .iter()
                    .map(|b| {
                        CreateButton::new(button_id(b.command, &b.fact_id))
                            .label(&b.label)
                            .style(ButtonStyle::Secondary)
                    })
                    .collect(),
            )
        })
        .collect()
}

/// The reply to a member who may not do what they tried (only moderators may reload): it
/// names Discord's permissions, so it is the adapter's, not the core's.
pub fn refused(what: &str) -> Reply {
    Reply::private(Text::plain(format!(
        "Only moderators can {what}: you need Manage Server, Administrator or a moderator role."
    )))
}

/// The reply to a button whose id this bot never made (or no longer understands): pressing
/// it again would fail the same way, so it says so instead of "try again".
pub fn stale_button() -> Reply {
    Reply::private(Text::plain(
        "That button is no longer valid. Ask again with /when, /who or /quote.",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Text {
        Text::plain("Plain **as curated** ")
            .with(Span::Echo(r"x*y_z `a` [l](u) <@1> ~|\ ".into()))
            .with(Span::Code("/who a`b".into()))
            .with(Span::Link {
                text: "Zenda Gazette".into(),
                url: "https://example.org/zenda".into(),
            })
            .with(Span::Time(1_714_567_890))
    }

    #[test]
    fn each_kind_of_span_gets_its_markup() {
        assert_eq!(
            markup(&every_kind()),
            r"Plain **as curated** x\*y\_z \`a\` \[l\]\(u\) \<@1\> \~\|\\ `/who aˋb`[Zenda Gazette](https://example.org/zenda)<t:1714567890:R>"
        );
    }

    #[test]
    fn markup_keeps_within_the_cores_budget() {
        let text = every_kind();
        assert!(markup(&text).chars().count() <= text.rendered_len());
        // The worst case: every echoed character escaped.
        let worst = Text::new().with(Span::Echo(MARKDOWN.iter().collect()));
        assert_eq!(markup(&worst).chars().count(), worst.rendered_len());
        for span in every_kind().spans() {
            let one = Text::new().with(span.clone());
            assert!(
                markup(&one).chars().count() <= one.rendered_len(),
                "{span:?}"
            );
        }
    }

    #[test]
    fn the_subtitle_is_bold_on_its_own_line() {
        let mut card = Card::new("Jane Roe", "A publisher.", 0);
        assert_eq!(description(&card), "A publisher.");
        card.subtitle = Some("Publisher".into());
        assert_eq!(description(&card), "**Publisher**\nA publisher.");
        assert_eq!(description(&card).chars().count(), card.description_len());
        card.description = Text::new();
        assert_eq!(description(&card), "**Publisher**");
        assert_eq!(description(&card).chars().count(), card.description_len());
    }

    #[test]
    fn an_echoed_query_cannot_break_the_sentence_it_is_in() {
        let query = "**bold** [click](https://evil.example) <@&123> `x";
        let escaped = escape(query);
        // No markdown character is left unescaped.
        let mut chars = escaped.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                assert!(
                    chars.next().is_some_and(|n| MARKDOWN.contains(&n)),
                    "{escaped}"
                );
            } else {
                assert!(!MARKDOWN.contains(&c), "{escaped}");
            }
        }
    }

    /// Issue 11, item 9: spoilers, code spans, headings, lists and bidi or control characters
    /// in an echoed query are all made inert.
    #[test]
    fn an_echoed_query_cannot_hide_shout_or_turn_the_line_around() {
        assert_eq!(escape("||spoiler||"), "\\|\\|spoiler\\|\\|");
        assert_eq!(escape("`open code"), "\\`open code");
        assert_eq!(escape("# heading"), "\\# heading");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("> quote"), "\\> quote");
        assert_eq!(
            escape("a\u{202E}b\u{2066}c\u{200F}d\u{1b}[1me\u{0}"),
            "abcd\\[1me"
        );
    }

    /// Every reply the shipped facts give, rendered: no violation, and each rendered part is
    /// no longer than the core counted, so what Discord receives fits.
    #[test]
    fn rendered_replies_fit_as_the_core_counted() {
        use casebot_core::answer;
        use casebot_core::knowledge::{Command, FactBase};
        use casebot_core::matching::Engine;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
        let (base, _) = FactBase::load(&dir).unwrap_or_else(|e| panic!("{e}"));
        let engine = Engine::new(base);
        let mut replies = vec![answer::overview(&engine, std::time::SystemTime::now())];
        for command in Command::ALL {
            for fact in engine.base().refs(command) {
                let id = engine.base().id(fact).to_string();
                replies.push(answer::reply(
                    &engine,
                    command,
                    &id,
                    &engine.ask(command, &id),
                ));
            }
            let query = "*".repeat(limits::QUERY_MAX_CHARS);
            replies.push(answer::reply(
                &engine,
                command,
                &query,
                &engine.ask(command, &query),
            ));
        }
        let count = |s: &str| s.chars().count();
        for reply in &replies {
            assert_eq!(limits::violations(reply), Vec::<String>::new(), "{reply:?}");
            if let Some(content) = &reply.content {
                assert!(count(&markup(content)) <= content.rendered_len());
            }
            let Some(card) = &reply.card else { continue };
            let mut total = count(&card.title) + count(&card.footer);
            total += count(&description(card));
            assert!(count(&description(card)) <= card.description_len());
            for field in &card.fields {
                let value = count(&markup(&field.value));
                assert!(value <= field.value.rendered_len(), "{field:?}");
                total += count(&field.name) + value;
            }
            assert!(total <= card.total_len());
        }
    }
}
