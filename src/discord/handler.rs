//! The gateway event handler: registers the commands on READY and answers interactions by
//! calling the core [`Service`]. Nothing here decides an answer; it only translates.

use std::sync::Arc;

use serenity::all::{
    CommandInteraction, ComponentInteraction, Context, EventHandler, GuildId, Interaction, Ready,
    ResumedEvent,
};
use serenity::async_trait;
use serenity::builder::{
    CreateAllowedMentions, CreateAutocompleteResponse, CreateInteractionResponse,
    CreateInteractionResponseMessage,
};
use serenity::model::application::Command as AppCommand;
use tracing::{debug, error, info, warn};

use super::commands::{self, FACTS, RELOAD, is_moderator, parse_button_id};
use super::reply::{edit, message, refused, stale_button};
use casebot_core::answer::{self, Reply};
use casebot_core::knowledge::Command;
use casebot_core::service::Service;

/// The event handler of the running bot.
pub struct Handler {
    pub service: Arc<Service>,
    pub guild_id: Option<u64>,
    pub moderator_roles: Vec<u64>,
}

/// The invite link that adds the bot with its slash commands.
pub fn invite_url(application_id: u64) -> String {
    format!(
        "https://discord.com/oauth2/authorize?client_id={application_id}&scope=bot%20applications.commands&permissions=0"
    )
}

fn query_command(name: &str) -> Option<Command> {
    name.parse().ok()
}

impl Handler {
    async fn register(&self, ctx: &Context) {
        let commands = commands::registration();
        let count = commands.len();
        let result = match self.guild_id {
            Some(guild) => GuildId::new(guild).set_commands(&ctx.http, commands).await,
            None => AppCommand::set_global_commands(&ctx.http, commands).await,
        };
        match (result, self.guild_id) {
            (Ok(_), Some(guild)) => info!("registered {count} commands in server {guild}"),
            (Ok(_), None) => info!(
                "registered {count} global commands (Discord may take up to an hour to show new ones; set DISCORD_GUILD_ID for instant registration in one server)"
            ),
            (Err(e), _) => error!("could not register the slash commands: {e}"),
        }
    }

    async fn respond(&self, ctx: &Context, interaction: &CommandInteraction, reply: &Reply) {
        let response = CreateInteractionResponse::Message(message(reply));
        if let Err(e) = interaction.create_response(&ctx.http, response).await {
            warn!(command = %interaction.data.name, "could not answer an interaction: {e}");
        }
    }

    async fn on_command(&self, ctx: &Context, interaction: &CommandInteraction) {
        let name = interaction.data.name.as_str();
        let reply = if let Some(command) = query_command(name) {
            let query = interaction
                .data
                .options
                .first()
                .and_then(|o| o.value.as_str())
                .unwrap_or_default();
            let response = self.service.ask(command, query);
            debug!(
                command = name,
                status = response.outcome.status(),
                "answered"
            );
            response.reply
        } else if name == FACTS {
            self.service.overview()
        } else if name == RELOAD {
            let member = interaction.member.as_deref();
            let allowed = member
                .is_some_and(|m| is_moderator(m.permissions, &m.roles, &self.moderator_roles));
            if !allowed {
                info!(user = %interaction.user.id, "refused /reload to a member who is not a moderator");
                refused("reload the facts")
            } else {
                return self.reload(ctx, interaction).await;
            }
        } else {
            warn!(command = name, "an unknown command was invoked");
            answer::failure("run that command")
        };
        self.respond(ctx, interaction, &reply).await;
    }

    /// `/reload`: acknowledged at once (privately), since validating and indexing a large
    /// base may take longer than Discord's 3 seconds; the outcome then fills in the response.
    async fn reload(&self, ctx: &Context, interaction: &CommandInteraction) {
        let defer = CreateInteractionResponse::Defer(
            CreateInteractionResponseMessage::new()
                .ephemeral(true)
                .allowed_mentions(CreateAllowedMentions::new()),
        );
        if let Err(e) = interaction.create_response(&ctx.http, defer).await {
            warn!("could not acknowledge /reload: {e}");
            return;
        }
        let service = Arc::clone(&self.service);
        let reply = match tokio::task::spawn_blocking(move || service.reload()).await {
            Ok(reply) => reply,
            Err(e) => {
                error!("the reload task failed: {e}");
                answer::failure("reload the facts")
            }
        };
        info!(
            user = %interaction.user.id,
            "/reload: {}",
            reply.card.as_ref().map_or("", |c| c.title.as_str())
        );
        if let Err(e) = interaction.edit_response(&ctx.http, edit(&reply)).await {
            warn!("could not send the /reload report: {e}");
        }
    }

    async fn on_autocomplete(&self, ctx: &Context, interaction: &CommandInteraction) {
        let Some(command) = query_command(&interaction.data.name) else {
            return;
        };
        let partial = interaction
            .data
            .autocomplete()
            .map(|o| o.value)
            .unwrap_or_default();
        let choices = self.service.autocomplete(command, partial);
        let response = choices
            .into_iter()
            .fold(CreateAutocompleteResponse::new(), |r, c| {
                r.add_string_choice(c.name, c.value)
            });
        if let Err(e) = interaction
            .create_response(&ctx.http, CreateInteractionResponse::Autocomplete(response))
            .await
        {
            debug!("could not send autocomplete choices: {e}");
        }
    }

    async fn on_button(&self, ctx: &Context, interaction: &ComponentInteraction) {
        let reply = match parse_button_id(&interaction.data.custom_id) {
            Some((command, id)) => self.service.ask(command, id).reply,
            // Not a transient fault: trying again would fail the same way.
            None => stale_button(),
        };
        // The pressed suggestion replaces the message that offered it; errors stay private.
        let response = if reply.ephemeral {
            CreateInteractionResponse::Message(message(&reply))
        } else {
            CreateInteractionResponse::UpdateMessage(message(&reply))
        };
        if let Err(e) = interaction.create_response(&ctx.http, response).await {
            warn!("could not answer a button press: {e}");
        }
    }
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        info!(
            "connected to Discord as {} ({} servers)",
            ready.user.name,
            ready.guilds.len()
        );
        info!(
            "invite the bot with: {}",
            invite_url(ready.application.id.get())
        );
        // A reconnect that fires READY again re-registers: a bulk overwrite is idempotent.
        self.register(&ctx).await;
    }

    async fn resume(&self, _ctx: Context, _event: ResumedEvent) {
        info!("gateway session resumed");
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        match &interaction {
            Interaction::Command(command) => self.on_command(&ctx, command).await,
            Interaction::Autocomplete(command) => self.on_autocomplete(&ctx, command).await,
            Interaction::Component(component) => self.on_button(&ctx, component).await,
            _ => debug!("ignored an interaction of kind {:?}", interaction.kind()),
        }
    }
}
