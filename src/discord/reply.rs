//! A core [`Reply`] as a Discord interaction response: embed, buttons, ephemeral flag, and
//! allowed mentions set to nothing, on every response, so no fact or query ever pings anyone.

use serenity::builder::{
    CreateActionRow, CreateAllowedMentions, CreateButton, CreateEmbed, CreateEmbedFooter,
    CreateInteractionResponseMessage,
};
use serenity::model::application::ButtonStyle;

use super::commands::button_id;
use crate::answer::{Card, Reply};
use crate::limits;

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
    let rows: Vec<CreateActionRow> = reply
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
        .collect();
    // Always set, so that answering a button press also removes the buttons it came from.
    message.components(rows)
}
