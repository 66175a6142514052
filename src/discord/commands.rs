//! The slash commands as Discord sees them: registration bodies, and turning an interaction's
//! options and button ids back into core questions.

use serenity::builder::{CreateCommand, CreateCommandOption};
use serenity::model::application::{CommandOptionType, InteractionContext};
use serenity::model::id::RoleId;
use serenity::model::permissions::Permissions;

use casebot_core::knowledge::Command;
use casebot_core::limits;

/// `/facts`: what the bot knows.
pub const FACTS: &str = "facts";
/// `/reload`: moderators reload the fact files.
pub const RELOAD: &str = "reload";

/// The option each question command takes, and its description.
pub fn option_of(command: Command) -> (&'static str, &'static str) {
    match command {
        Command::When => (
            "event",
            "The event, e.g. \"ecuador grants asylum\" or \"balcony speech\"",
        ),
        Command::Who => (
            "name",
            "A person or organisation, or a role such as \"president of ecuador\"",
        ),
        Command::Quote => (
            "about",
            "Who said it or what it is about, e.g. \"hague safe passage\"",
        ),
    }
}

/// The description of each question command.
pub fn description_of(command: Command) -> &'static str {
    match command {
        Command::When => "When did it happen? Dated events of the Assange case, with their source",
        Command::Who => "Who is it? People and organisations in the Assange case, with their role",
        Command::Quote => "What was said? Verbatim quotations from the case documents, cited",
    }
}

/// Every command casebot registers, in one bulk overwrite.
pub fn registration() -> Vec<CreateCommand> {
    let mut commands: Vec<CreateCommand> = Command::ALL
        .iter()
        .map(|&c| {
            let (option, option_description) = option_of(c);
            CreateCommand::new(c.as_str())
                .description(description_of(c))
                .add_option(
                    CreateCommandOption::new(CommandOptionType::String, option, option_description)
                        .required(true)
                        .set_autocomplete(true)
                        .max_length(limits::QUERY_MAX_CHARS as u16),
                )
        })
        .collect();
    commands.push(CreateCommand::new(FACTS).description(
        "What casebot knows: facts per kind, the source documents, example questions",
    ));
    commands.push(
        CreateCommand::new(RELOAD)
            .description(
                "Moderators: validate the fact files and swap them in, or keep the old facts",
            )
            .default_member_permissions(Permissions::MANAGE_GUILD)
            .contexts(vec![InteractionContext::Guild]),
    );
    commands
}

/// Whether a member may reload: Manage Server, Administrator, or a moderator role.
pub fn is_moderator(
    permissions: Option<Permissions>,
    roles: &[RoleId],
    moderator_roles: &[u64],
) -> bool {
    let by_permission = permissions.is_some_and(|p| {
        p.contains(Permissions::MANAGE_GUILD) || p.contains(Permissions::ADMINISTRATOR)
    });
    by_permission || roles.iter().any(|r| moderator_roles.contains(&r.get()))
}

/// A suggestion button's id: which fact to show when it is pressed.
pub fn button_id(command: Command, fact_id: &str) -> String {
    format!("show:{command}:{fact_id}")
}

/// The fact a suggestion button points at.
pub fn parse_button_id(custom_id: &str) -> Option<(Command, &str)> {
    let rest = custom_id.strip_prefix("show:")?;
    let (command, id) = rest.split_once(':')?;
    Some((command.parse().ok()?, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_fit_discord() {
        for c in Command::ALL {
            assert!(description_of(c).chars().count() <= limits::DESCRIPTION_MAX);
            assert!(option_of(c).1.chars().count() <= limits::DESCRIPTION_MAX);
        }
    }

    #[test]
    fn button_ids_round_trip() {
        let id = button_id(Command::Quote, "hague-no-safe-passage");
        assert!(id.len() <= limits::CUSTOM_ID_MAX);
        assert_eq!(
            parse_button_id(&id),
            Some((Command::Quote, "hague-no-safe-passage"))
        );
        assert_eq!(parse_button_id("show:what:x"), None);
        assert_eq!(parse_button_id("other"), None);
    }

    #[test]
    fn button_ids_keep_within_the_cores_prefix_budget() {
        // `limits::violations` counts a custom id as this prefix plus the fact id.
        for c in Command::ALL {
            let prefix = button_id(c, "").chars().count();
            assert!(prefix <= limits::BUTTON_ID_PREFIX_MAX, "{c}: {prefix}");
        }
    }

    #[test]
    fn moderators_by_permission_or_role() {
        let role = RoleId::new(42);
        assert!(is_moderator(Some(Permissions::MANAGE_GUILD), &[], &[]));
        assert!(is_moderator(Some(Permissions::ADMINISTRATOR), &[], &[]));
        assert!(is_moderator(
            Some(Permissions::SEND_MESSAGES),
            &[role],
            &[42]
        ));
        assert!(!is_moderator(
            Some(Permissions::SEND_MESSAGES),
            &[role],
            &[7]
        ));
        assert!(!is_moderator(None, &[], &[]));
    }
}
