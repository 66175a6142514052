//! Shows how the engine decides a query: the words as the lexicon reads them, the top facts
//! with their scores, the key or field that matched, how much of the query each accounts for,
//! and the rule that answered or held the answer back.
//! `cargo run -p casebot-bench --example explain -- who "britain foreign minister"`

use std::io::Write;
use std::path::Path;

use casebot_core::knowledge::lexicon::LIGHT_FACTOR;
use casebot_core::knowledge::{Command, FactBase};
use casebot_core::matching::{
    ACCOUNTED_ELSEWHERE_MAX, ACCOUNTED_MIN, ACCOUNTED_RATIO, ACCOUNTED_STRONG_MIN,
    ACCOUNTED_UNKNOWN_MAX, ANSWER_MARGIN, ANSWER_MIN, Engine, Field, LONE_MARGIN, LONE_MIN,
    MESSAGE_MIN, MESSAGE_RATIO, NAMED_ELSEWHERE_MAX, NAMED_LEAD_RATIO, NAMED_MARGIN, NAMED_MIN,
    NAMED_UNKNOWN_MAX, OCCASION_MIN, OCCASION_UNDATED_ELSEWHERE_MAX, SAYING_MARGIN, SAYING_MIN,
    SENTENCE_AMONG, THEIRS_MARGIN, THEIRS_MIN, THEIRS_STRONG_MIN, Verdict, WORD_DROPPED_FACTS,
    WORD_DROPPED_MARGIN,
};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [command, query @ ..] = args.as_slice() else {
        eprintln!("usage: explain <when|who|quote> <query...>");
        std::process::exit(2);
    };
    let command: Command = command.parse().unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    let query = query.join(" ");
    let dir = std::env::var("CASEBOT_KNOWLEDGE").unwrap_or_else(|_| "knowledge".into());
    let (base, _) = FactBase::load(Path::new(&dir)).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let engine = Engine::new(base);
    let index = engine.index_of(command);
    let mut lines = Vec::new();
    match engine.explain(command, &query) {
        None => lines.push("(empty, too long, or a fact id: not searched)".to_string()),
        Some((prepared, hits, verdict)) => {
            // The query as the engine reads it: through the knowledge directory's lexicon.
            lines.push(format!("words: {:?}", prepared.words));
            for ((word, alternatives), light) in prepared
                .words
                .iter()
                .zip(&prepared.alternatives)
                .zip(&prepared.light)
            {
                if !alternatives.is_empty() {
                    lines.push(format!(
                        "  {word:?} also matches {alternatives:?} (lexicon)"
                    ));
                }
                if *light {
                    lines.push(format!(
                        "  {word:?} is light: it counts for {LIGHT_FACTOR} of its weight (lexicon)"
                    ));
                }
            }
            for hit in &hits {
                lines.push(format!(
                    "{:.3} {:<40} keys/phrases hold {:.2}, everything {:.2}, known elsewhere {:.2}, \
                     unknown {:.2}{}; best match in {} {:?}{}",
                    hit.score,
                    index.fact(hit.fact).id,
                    hit.strong,
                    hit.cover,
                    hit.elsewhere,
                    hit.unknown,
                    if hit.holds_key { ", holds a whole key" } else { "" },
                    match index.key_field(hit.key) {
                        Field::Key => "key",
                        Field::Phrase => "title/role/names",
                        Field::Body => "summary/text/evidence",
                    },
                    index.key_text(hit.key),
                    if hit.exact { " (exact)" } else { "" }
                ));
            }
            lines.push(format!("rule: {}", reason(verdict)));
        }
    }
    lines.push(format!(
        "outcome: {:?}",
        engine.ask(command, &query).status()
    ));
    let mut out = std::io::stdout().lock();
    for line in lines {
        // A closed pipe (`| head`) ends the listing, not in a panic.
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
}

/// The rule in words, with its thresholds.
fn reason(verdict: Verdict) -> String {
    match verdict {
        Verdict::Exact => "answer: the query is exactly one of the fact's keys".into(),
        Verdict::Clear => format!(
            "answer: score at least {ANSWER_MIN} and {ANSWER_MARGIN} ahead of the next fact"
        ),
        Verdict::Lone => format!(
            "answer: score at least {LONE_MIN} and {LONE_MARGIN} ahead: nothing else comes near"
        ),
        Verdict::Accounted => format!(
            "answer: the fact accounts for the query (score at least {ACCOUNTED_MIN}, at most \
             {ACCOUNTED_ELSEWHERE_MAX} of its weight on words other facts hold and this one lacks, \
             at most {ACCOUNTED_UNKNOWN_MAX} on words no fact holds, at least \
             {ACCOUNTED_STRONG_MIN} held by its keys and phrases) and the next fact scores at \
             most {ACCOUNTED_RATIO} of it"
        ),
        Verdict::Named => format!(
            "answer: the query holds a whole key of this fact (of two words or more), no other \
             candidate it names holds more of the query in its keys, it scores at least {NAMED_MIN}, with at most {NAMED_ELSEWHERE_MAX} of \
             its weight on words other facts hold and this one lacks and at most \
             {NAMED_UNKNOWN_MAX} on words no fact holds, and it leads the next fact by \
             {NAMED_MARGIN} (or, whatever other facts hold, the next scores at most \
             {NAMED_LEAD_RATIO} of it)"
        ),
        Verdict::WordDropped => format!(
            "no answer: the query may be the key of several near facts with a word dropped \
             (at least {WORD_DROPPED_FACTS} within {WORD_DROPPED_MARGIN} of the best)"
        ),
        Verdict::Subject => "answer: the /who question names this person by their whole name \
                             right after \"who is\" (or before \"is who\", or before \"who is \
                             he\"), or quotes a title in filler words only that this fact's text \
                             alone holds, or describes them there before a relative clause or a \
                             context in words that alone would be answered with them; or the \
                             /when question describes the event it asks about before a clause, \
                             in words that alone find it; or the /who question asks who wrote \
                             something that this person and the next wrote together, each an \
                             answer"
            .into(),
        Verdict::Quoted => "answer: the /who question asks who said something, and a /quote \
                            question of its words would be answered with a quotation of this \
                            person, or would suggest one first while the words describing who \
                            said it find them too"
            .into(),
        Verdict::Theirs => format!(
            "answer: the /quote question names or describes the speaker (the /when question \
             names a person), and this quotation (event) of theirs scores at least \
             {THEIRS_MIN}, its keys and phrases hold at least {THEIRS_STRONG_MIN} of the \
             query, and it leads their others by {THEIRS_MARGIN}; or only their words of one \
             occasion (one source and date, or one source undated) come near, and this best of \
             them scores at least {OCCASION_MIN} and accounts for the query's words (the \
             speaker unread: a question of three words or more naming nobody else, at most \
             {OCCASION_UNDATED_ELSEWHERE_MAX} of its weight on words other facts hold); or the \
             /who question asks which organisation, and a rule answers it among the \
             organisations near"
        ),
        Verdict::Sentence => format!(
            "answer: the message's question sentence (or a question clause after a comma or \
             \"but\"), read alone, is answered with this fact, which the whole message finds \
             among its {SENTENCE_AMONG} best"
        ),
        Verdict::Message => format!(
            "answer: the message of several sentences tells what it asks about: this fact scores \
             at least {MESSAGE_MIN}, the next at most {MESSAGE_RATIO} of it, it says every word \
             of the question sentence's own (a statement only when the sentence asks about the \
             saying), every word the message quotes, and no near fact holds a whole key of the \
             message that it does not"
        ),
        Verdict::Undated => "answer: the /who question of one sentence, read without its years \
                             and months, is answered with this fact, among its best three, which \
                             its dated words neither refuse nor name"
            .into(),
        Verdict::Saying => format!(
            "answer: the /when question asks about a saying, and the best event is a statement \
             that scores at least {SAYING_MIN} and leads the next by {SAYING_MARGIN}, that one \
             no statement"
        ),
        Verdict::Opposite => "no answer: the best event is a refusal and the /when question \
                              (not keywords) denies nothing (it asks when the refused thing \
                              happened)"
            .into(),
        Verdict::Undone => "no answer: the /when question asks when something decisive was \
                            done (died, was extradited, indicted, freed, arrested, voted ...) \
                            that the best event never tells of, or whether what the best \
                            event, a statement, called for \"actually\" came to pass, or the \
                            time of day when it gives none, or the /who question asks who \
                            did something specific (filmed, ordered, funded ...) that nothing \
                            the base says of the best fact tells of, or asks to whom \
                            something was written and the best fact is the writers, whose \
                            recipient the base does not record"
            .into(),
        Verdict::Unplaced => "no answer: the best fact is someone the documents do not name, \
                              asked for in a year their fact does not place them"
            .into(),
        Verdict::Unstated => "no answer: the /who question asks what the best person does \
                              (profession, employer), and their fact names only their support \
                              or their place on the page"
            .into(),
        Verdict::Group => "no answer: the /who question asks which country, government or \
                           organisation, and the best fact is a person"
            .into(),
        Verdict::Stranger => "no answer: the /when question names a person the best event \
                              neither involves nor names"
            .into(),
        Verdict::Speaker => "no answer: the /quote question names the speaker, and none of \
                             the near quotations is theirs, or describes them by an office \
                             nobody in the case file holds"
            .into(),
        Verdict::Office => "no answer: the query asks for an office or one person of a group \
                            (lexicon `roles`, `members`) that the best fact's keys and role do \
                            not hold, or it is an organisation"
            .into(),
        Verdict::Statement => "no answer: the best event is a statement (someone said, urged, \
                               warned something) and the question of three words or more (of \
                               two, with \"when\") does not ask about the saying (no speech word, \
                               no quotation), or asks when the one it was addressed to did \
                               something (\"when did Biden drop the charges the MPs asked for\")"
            .into(),
        Verdict::Unsure => "no answer: no rule is met; suggest what comes near".into(),
        Verdict::Nothing => "no answer: no fact matches any word".into(),
    }
}
