//! The one answer path: an interaction in, the interaction response out. The gateway handler
//! and the HTTP endpoint both call [`Responder::respond`] and only differ in how they deliver
//! its result (a REST callback, or the HTTP response), so the two transports answer with the
//! same bytes. Nothing here does I/O: what takes longer than Discord's 3 seconds (a `/reload`)
//! is deferred, and [`Then`] tells the transport to finish it with [`Responder::reload`]
//! through the interaction's webhook.

use std::sync::Arc;

use serenity::all::{CommandInteraction, ComponentInteraction, Interaction};
use serenity::builder::{
    CreateAllowedMentions, CreateAutocompleteResponse, CreateInteractionResponse,
    CreateInteractionResponseMessage, EditInteractionResponse,
};
use tracing::{info, warn};

use super::commands::{FACTS, RELOAD, is_moderator, parse_button_id};
use super::reply::{edit, message, refused};
use crate::status::Status;
use casebot_core::answer::{self, Reply, Span, Text};
use casebot_core::knowledge::Command;
use casebot_core::limits;
use casebot_core::service::Service;

/// What the transport does once the response is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    Done,
    /// The response deferred a `/reload`: run [`Responder::reload`] (blocking) and send the
    /// edit to the interaction's original response.
    Reload,
}

/// An interaction's response, what to do after it, and what it was, in labels fit for
/// metrics and logs (fixed words: never what a member typed).
#[derive(Debug, Clone)]
pub struct Answer {
    pub response: CreateInteractionResponse,
    pub then: Then,
    /// `ping`, `command`, `autocomplete` or `button`.
    pub kind: &'static str,
    /// `when`, `who`, `quote`, `facts`, `reload`, or `other`.
    pub command: &'static str,
    /// `answer`, `suggestions`, `not_found`, `invalid`, `choices`, `overview`, `refused`,
    /// `deferred`, `pong` or `error`.
    pub outcome: &'static str,
}

/// Answers interactions from the live facts: the same for every transport.
pub struct Responder {
    pub service: Arc<Service>,
    /// Members with one of these roles may `/reload`, besides Manage Server and Administrator.
    pub moderator_roles: Vec<u64>,
    pub status: Arc<Status>,
}

fn query_command(name: &str) -> Option<Command> {
    name.parse().ok()
}

/// A command's name as a metrics label: one of the registered names, or `other`.
fn command_label(name: &str) -> &'static str {
    match query_command(name) {
        Some(c) => c.as_str(),
        None if name == FACTS => FACTS,
        None if name == RELOAD => RELOAD,
        None => "other",
    }
}

impl Responder {
    /// The response to `interaction`, or `None` for a kind casebot does not answer (a modal
    /// submission: it opens none).
    pub fn respond(&self, interaction: &Interaction) -> Option<Answer> {
        match interaction {
            Interaction::Ping(_) => Some(Answer {
                response: CreateInteractionResponse::Pong,
                then: Then::Done,
                kind: "ping",
                command: "other",
                outcome: "pong",
            }),
            Interaction::Command(command) => Some(self.command(command)),
            Interaction::Autocomplete(command) => Some(self.autocomplete(command)),
            Interaction::Component(component) => Some(self.button(component)),
            _ => None,
        }
    }

    fn command(&self, interaction: &CommandInteraction) -> Answer {
        let name = interaction.data.name.as_str();
        let answered = |reply: &Reply, outcome| Answer {
            response: CreateInteractionResponse::Message(message(reply)),
            then: Then::Done,
            kind: "command",
            command: command_label(name),
            outcome,
        };
        if let Some(command) = query_command(name) {
            let query = interaction
                .data
                .options
                .first()
                .and_then(|o| o.value.as_str())
                .unwrap_or_default();
            let response = self.service.ask(command, query);
            answered(&response.reply, response.outcome.status())
        } else if name == FACTS {
            answered(&self.with_status(self.service.overview()), "overview")
        } else if name == RELOAD {
            let member = interaction.member.as_deref();
            let allowed = member
                .is_some_and(|m| is_moderator(m.permissions, &m.roles, &self.moderator_roles));
            if allowed {
                // Acknowledged at once (privately): validating and indexing a large base may
                // take longer than Discord's 3 seconds; the outcome then fills in the response.
                Answer {
                    response: CreateInteractionResponse::Defer(
                        CreateInteractionResponseMessage::new()
                            .ephemeral(true)
                            .allowed_mentions(CreateAllowedMentions::new()),
                    ),
                    then: Then::Reload,
                    kind: "command",
                    command: RELOAD,
                    outcome: "deferred",
                }
            } else {
                info!(user = %interaction.user.id, "refused /reload to a member who is not a moderator");
                answered(&refused("reload the facts"), "refused")
            }
        } else {
            warn!(command = name, "an unknown command was invoked");
            answered(&answer::failure("run that command"), "error")
        }
    }

    /// Reloads the facts (blocking: call it off the async runtime) and returns the edit that
    /// fills in the deferred `/reload` response.
    pub fn reload(&self) -> EditInteractionResponse {
        let service = &self.service;
        let result = service.reload_facts();
        crate::metrics::get().reloaded("command", result.is_ok());
        let reply = answer::reload_reply(service.live.dir(), &result, &service.misses.top(10));
        let reply = self.with_status(reply);
        info!(
            "/reload: {}",
            reply.card.as_ref().map_or("", |c| c.title.as_str())
        );
        edit(&reply)
    }

    fn autocomplete(&self, interaction: &CommandInteraction) -> Answer {
        let choices = match query_command(&interaction.data.name) {
            Some(command) => {
                let partial = interaction
                    .data
                    .autocomplete()
                    .map(|o| o.value)
                    .unwrap_or_default();
                self.service.autocomplete(command, partial)
            }
            // Nothing to offer; an empty list tells Discord so at once.
            None => Vec::new(),
        };
        let response = choices
            .into_iter()
            .fold(CreateAutocompleteResponse::new(), |r, c| {
                r.add_string_choice(c.name, c.value)
            });
        Answer {
            response: CreateInteractionResponse::Autocomplete(response),
            then: Then::Done,
            kind: "autocomplete",
            command: command_label(&interaction.data.name),
            outcome: "choices",
        }
    }

    fn button(&self, interaction: &ComponentInteraction) -> Answer {
        let (reply, command, outcome) = match parse_button_id(&interaction.data.custom_id) {
            Some((command, id)) => {
                let response = self.service.ask(command, id);
                let outcome = response.outcome.status();
                (response.reply, command.as_str(), outcome)
            }
            // Not a transient fault: trying again would fail the same way.
            None => (super::reply::stale_button(), "other", "error"),
        };
        // The pressed suggestion replaces the message that offered it; errors stay private.
        let response = if reply.ephemeral {
            CreateInteractionResponse::Message(message(&reply))
        } else {
            CreateInteractionResponse::UpdateMessage(message(&reply))
        };
        Answer {
            response,
            then: Then::Done,
            kind: "button",
            command,
            outcome,
        }
    }

    /// `reply` (of `/facts` or `/reload`) with a field naming the fact base now served and
    /// this replica, when it still fits Discord's limits.
    fn with_status(&self, mut reply: Reply) -> Reply {
        let info = self.status.base(&self.service.snapshot());
        let Some(card) = reply.card.as_mut() else {
            return reply;
        };
        let before = card.clone();
        card.field(
            "Served by",
            Text::new()
                .with(Span::Plain("replica ".into()))
                .with(Span::Code(self.status.replica().to_string()))
                .with(Span::Plain(", fact base ".into()))
                .with(Span::Code(info.hash.clone())),
            false,
        );
        if !limits::violations(&reply).is_empty() {
            reply.card = Some(before);
        }
        reply
    }
}
