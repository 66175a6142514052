//! A core [`Reply`] as a Discord interaction response: embed, buttons, ephemeral flag, and
//! allowed mentions set to nothing, on every response, so no fact or query ever pings anyone.

use serenity::builder::{
    CreateActionRow, CreateAllowedMentions, CreateButton, CreateEmbed, CreateEmbedFooter,
    CreateInteractionResponseMessage, EditInteractionResponse,
};
use serenity::model::application::ButtonStyle;

use super::commands::button_id;
use casebot_core::answer::{Card, Reply};
use casebot_core::limits;

fn embed(card: &Card) -> CreateEmbed {
    let mut embed = CreateEmbed::new()
        .title(&card.title)
        .description(&card.description)
        .colour(card.color);
    if let Some(url) = &card.url {
        embed = embed.url(url);
    }
    for field in &card.fields {
        embed = embed.field(&field.name, &field.value, field.inline);
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
        message = message.content(content);
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
        .content(reply.content.clone().unwrap_or_default());
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
