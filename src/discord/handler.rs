//! The gateway event handler: registers the commands on READY and delivers what the one
//! answer path ([`Responder`]) makes of each interaction as a REST callback. Nothing here
//! decides an answer; it only delivers.

use std::sync::Arc;
use std::time::Instant;

use serenity::all::{Context, EventHandler, GuildId, Interaction, Ready, ResumedEvent};
use serenity::async_trait;
use serenity::model::application::Command as AppCommand;
use tracing::{Instrument, debug, error, info, warn};

use super::commands;
use super::respond::{Responder, Then};
use crate::metrics;

/// The event handler of the running bot.
pub struct Handler {
    pub responder: Arc<Responder>,
    pub guild_id: Option<u64>,
}

/// The invite link that adds the bot with its slash commands.
pub fn invite_url(application_id: u64) -> String {
    format!(
        "https://discord.com/oauth2/authorize?client_id={application_id}&scope=bot%20applications.commands&permissions=0"
    )
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

    /// Answers through the interaction callback, then finishes a deferred `/reload` by
    /// editing the original response.
    async fn deliver(&self, ctx: &Context, interaction: &Interaction) {
        let started = Instant::now();
        let Some(answer) = self.responder.respond(interaction) else {
            debug!("ignored an interaction of kind {:?}", interaction.kind());
            return;
        };
        let token = interaction.token();
        if let Err(e) = ctx
            .http
            .create_interaction_response(interaction.id(), token, &answer.response, Vec::new())
            .await
        {
            warn!(
                kind = answer.kind,
                command = answer.command,
                "could not answer an interaction: {e}"
            );
            return;
        }
        metrics::get().interaction(
            "gateway",
            answer.kind,
            answer.command,
            answer.outcome,
            started.elapsed(),
        );
        debug!(
            kind = answer.kind,
            command = answer.command,
            outcome = answer.outcome,
            "answered"
        );
        if answer.then == Then::Reload {
            metrics::get().deferred("gateway");
            let responder = Arc::clone(&self.responder);
            let edit = match tokio::task::spawn_blocking(move || responder.reload()).await {
                Ok(edit) => edit,
                Err(e) => {
                    error!("the reload task failed: {e}");
                    metrics::get().followup_failed("gateway");
                    return;
                }
            };
            if let Err(e) = ctx
                .http
                .edit_original_interaction_response(token, &edit, Vec::new())
                .await
            {
                warn!("could not send the /reload report: {e}");
                metrics::get().followup_failed("gateway");
            }
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
        let span =
            tracing::info_span!("interaction", transport = "gateway", id = %interaction.id());
        self.deliver(&ctx, &interaction).instrument(span).await;
    }
}
