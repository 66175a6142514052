//! A second synthetic generator, designed apart from [`crate::synth`] (issue 10, item 5): its
//! own vocabulary, its own random numbers and its own model of how members mistype.
//!
//! **Keys.** Six kinds of fact, each with one to three keys (unique once normalised):
//! people ("Ngozi Okafor", "mayor Okafor", "treasurer of Harrowby Water Authority"),
//! organisations ("Harrowby Water Authority", "Harrowby Authority"), places ("Tromsø",
//! "Tromsø, Norway"), events at a place ("great fire of London", "London great fire 1987"),
//! events in a person's life ("arrest of Ngozi Okafor", "Okafor arrest") and what someone said
//! ("Okafor on rent control"). Given and family names come from many languages, about a third of
//! them with diacritics, some of two or three letters ("Li", "Ida", "Ng"). Many keys are
//! word-dropped forms of keys of other facts: the place "London" of "festival of London", the
//! organisation of "treasurer of Harrowby Water Authority", the person of "arrest of Ngozi
//! Okafor".
//!
//! **Queries** ([`queries`]): exactly a fifth match nothing, the rest are made from one key of a
//! fact drawn uniformly:
//! - a key of three words or more loses one word at [`DROP_RATE`]; two words are swapped or the
//!   last moved to the front at [`REORDER_RATE`];
//! - diacritics are stripped, as typed on a plain keyboard, in half of the queries that have
//!   them ([`strip_marks`]: "Þórsdóttir" is typed "Thorsdottir");
//! - [`TYPO_RATE`] of them get one or two typos (two in [`TWO_TYPOS_RATE`] of those): an
//!   insertion, a deletion, a substitution or a transposition, at any position including the
//!   first letter, in any word of three letters or more (never in a number); letters come from
//!   the neighbouring keys of a QWERTY keyboard mostly, at random otherwise;
//! - [`FILLER_RATE`] of all queries are put in question or filler words ("when was … ?",
//!   "tell me about …"), which are one of the core's stopwords when typed right; in
//!   [`FILLER_TYPO_RATE`] of those, one filler word is mistyped the same way, two-letter words
//!   included ("teh", "fo", "hw", "whdn").
//!
//! No-match queries are one to three real words that no key holds ("walrus kettle"), wrapped
//! in filler at the same rate. A query is *ambiguous* when it lost a word and a key of another
//! fact holds every word it kept ("of London" from "festival of London" is the place's key).
//! Everything is deterministic by seed.

use std::collections::{HashMap, HashSet};

use casebot_core::matching::IndexFact;
use casebot_core::text::{normalize, tokens};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A key of three words or more loses one word at this rate.
pub const DROP_RATE: f64 = 0.25;
/// A query of two words or more has its words reordered at this rate.
pub const REORDER_RATE: f64 = 0.2;
/// Queries made from a key with typos (one or two).
pub const TYPO_RATE: f64 = 0.7;
/// Of the queries with typos, those with two.
pub const TWO_TYPOS_RATE: f64 = 0.4;
/// A query made from a key whose words carry diacritics has them stripped at this rate.
pub const STRIP_RATE: f64 = 0.5;
/// Queries (from a key or matching nothing) put in question or filler words.
pub const FILLER_RATE: f64 = 0.45;
/// Of the queries with filler words, those with one of them mistyped.
pub const FILLER_TYPO_RATE: f64 = 0.4;
/// Queries typed all in lower case.
pub const LOWERCASE_RATE: f64 = 0.6;

/// PCG32 (XSH RR): a small permuted congruential generator, the same numbers everywhere.
#[derive(Debug, Clone)]
pub struct Pcg {
    state: u64,
    inc: u64,
}

impl Pcg {
    const MUL: u64 = 6_364_136_223_846_793_005;

    pub fn new(seed: u64) -> Pcg {
        let mut pcg = Pcg {
            state: 0,
            inc: ((0xda3e_39cb_94b9_5bdb ^ seed.rotate_left(17)) << 1) | 1,
        };
        pcg.next_u32();
        pcg.state = pcg.state.wrapping_add(seed);
        pcg.next_u32();
        pcg
    }

    pub fn next_u32(&mut self) -> u32 {
        let old = self.state;
        self.state = old.wrapping_mul(Self::MUL).wrapping_add(self.inc);
        let xorshifted = (((old >> 18) ^ old) >> 27) as u32;
        xorshifted.rotate_right((old >> 59) as u32)
    }

    /// A number in `0..n` (`n` > 0), by rejection so that it is unbiased.
    pub fn below(&mut self, n: usize) -> usize {
        assert!(n > 0 && n <= u32::MAX as usize);
        let n = n as u32;
        let zone = u32::MAX - u32::MAX % n;
        loop {
            let x = self.next_u32();
            if x < zone {
                return (x % n) as usize;
            }
        }
    }

    /// True with probability `p` (in steps of 1/2^24).
    pub fn chance(&mut self, p: f64) -> bool {
        f64::from(self.next_u32() >> 8) < p * f64::from(1u32 << 24)
    }

    pub fn one<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const GIVEN: &[&str] = &[
    "Ngozi",
    "Tomás",
    "Dagný",
    "Øystein",
    "Małgorzata",
    "Cécile",
    "Şükrü",
    "Anaïs",
    "Bérénice",
    "Çağla",
    "Dóra",
    "Gökhan",
    "Hélène",
    "Íñigo",
    "Jiří",
    "Kateřina",
    "Lúcia",
    "Mária",
    "Nuño",
    "Ségolène",
    "Þóra",
    "Åsa",
    "Ida",
    "Eva",
    "Jon",
    "Ugo",
    "Li",
    "Bo",
    "Kim",
    "Ana",
    "Amara",
    "Bartholomew",
    "Cormac",
    "Delphine",
    "Eamon",
    "Fatoumata",
    "Gwendolyn",
    "Hamid",
    "Ifeoma",
    "Jarosław",
    "Kwame",
    "Leopold",
    "Mirela",
    "Nikolai",
    "Oona",
    "Priya",
    "Quentin",
    "Rosalind",
    "Saoirse",
    "Tobias",
    "Ulrike",
    "Valentina",
    "Wojciech",
    "Ximena",
    "Yusuf",
    "Zainab",
    "Agnieszka",
    "Benedikt",
    "Constance",
    "Dmitri",
    "Esperanza",
    "Florian",
    "Giedrė",
    "Halvard",
    "Imogen",
    "Joaquín",
    "Kalinda",
    "Lorcan",
    "Magdalena",
    "Nnamdi",
    "Octavia",
    "Pádraig",
    "Radhika",
    "Stanisław",
    "Thandiwe",
    "Urszula",
    "Vilhjálmur",
    "Wilhelmina",
    "Yannick",
    "Zofia",
    "Aurélien",
    "Brígida",
    "Cristóbal",
    "Daniël",
    "Elżbieta",
    "Fernão",
    "Grégoire",
    "Hildur",
    "Ilse",
    "Jökull",
    "Kristóf",
    "Leonor",
    "Matthias",
    "Noémie",
    "Orsolya",
    "Philippa",
    "Rúna",
    "Sven",
    "Teodora",
    "Viggo",
    "Wendell",
    "Yara",
    "Zbigniew",
    "Ahmet",
    "Beatrix",
    "Clement",
    "Dunja",
    "Edmund",
    "Fenella",
    "Gideon",
    "Harriet",
    "Ivo",
    "Jana",
    "Konstantin",
    "Lotte",
    "Mads",
    "Nadia",
    "Oskar",
    "Petra",
    "Rainer",
    "Sabine",
    "Tarquin",
    "Uma",
    "Vera",
    "Walter",
    "Xavier",
    "Yvonne",
    "Zeno",
    "Ruth",
    "Otto",
    "Axel",
    "Elin",
];

const FAMILY: &[&str] = &[
    "Okafor",
    "Dvořák",
    "Nováková",
    "Öztürk",
    "Şahin",
    "Gonçalves",
    "Łapińska",
    "Kovačević",
    "Ibáñez",
    "Þórsdóttir",
    "Brennan",
    "Castellanos",
    "Delacroix",
    "Esterházy",
    "Fitzgerald",
    "Gallagher",
    "Halvorsen",
    "Iwasaki",
    "Jablonski",
    "Kowalczyk",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Oyelaran",
    "Papadopoulos",
    "Quispe",
    "Rasmussen",
    "Schäfer",
    "Tanaka",
    "Uchenna",
    "Vasquez",
    "Whitcombe",
    "Xu",
    "Yilmaz",
    "Zieliński",
    "Abernathy",
    "Bergström",
    "Chaudhary",
    "Doherty",
    "Eriksdóttir",
    "Fonseca",
    "Grünewald",
    "Hadžić",
    "Ivanova",
    "Jóhannsson",
    "Kuznetsov",
    "Lefèvre",
    "Mbeki",
    "Nørgaard",
    "O'Malley",
    "Pellegrini",
    "Quinlan",
    "Rødland",
    "Sørensen",
    "Takahashi",
    "Ulloa",
    "Vuković",
    "Wróblewski",
    "Zapata",
    "Achterberg",
    "Blanchard",
    "Cavendish",
    "Duarte",
    "Eklund",
    "Faucher",
    "Gutiérrez",
    "Hargreaves",
    "Ilunga",
    "Janssens",
    "Kaczmarek",
    "Larrañaga",
    "Mäkinen",
    "Nguyễn",
    "Ortega",
    "Přibyl",
    "Raharjo",
    "Szabó",
    "Thibodeaux",
    "Urquhart",
    "Väisänen",
    "Wainwright",
    "Yamamoto",
    "Zúñiga",
    "Li",
    "Wu",
    "Ng",
    "Ito",
    "Roy",
    "Fox",
    "Orr",
    "Lee",
    "Kaur",
    "Diaz",
    "Bauer",
    "Costa",
    "Dunne",
    "Egan",
    "Frost",
    "Greco",
    "Haas",
    "Ivey",
    "Jost",
    "Keane",
    "Lund",
    "Marsh",
    "Nash",
    "Ochoa",
    "Park",
    "Reyes",
    "Silva",
    "Toth",
    "Vogel",
    "Weiss",
    "Young",
    "Ziegler",
    "Adeyemi",
    "Boateng",
    "Chukwu",
    "Danso",
    "Eze",
    "Fofana",
    "Gueye",
    "Hakimi",
    "Ilori",
    "Juma",
    "Kamau",
    "Lumumba",
    "Mensah",
    "Ndiaye",
    "Obi",
    "Quaye",
    "Sow",
    "Traoré",
    "Ouédraogo",
    "Sánchez",
    "Müller",
    "Bjørnstad",
    "Håland",
    "Çelik",
    "Ağaoğlu",
    "Dąbrowski",
    "Wąsowska",
    "Świątek",
    "Hruška",
    "Čapek",
    "Štěpánek",
    "Đurić",
    "Tadić",
    "Lévesque",
    "Bélanger",
    "Côté",
    "Gagné",
    "Pâquet",
    "Nuñez",
    "Peña",
    "Muñoz",
    "Ferreira",
    "Araújo",
    "Magalhães",
    "Guðmundsdóttir",
    "Sigurðsson",
    "Ævarsdóttir",
];

const ROLES: &[&str] = &[
    "mayor",
    "treasurer",
    "spokeswoman",
    "spokesman",
    "chairwoman",
    "archivist",
    "ombudsman",
    "prosecutor",
    "magistrate",
    "harbourmaster",
    "curator",
    "envoy",
    "auditor",
    "bishop",
    "coach",
    "registrar",
    "surveyor",
    "headmistress",
    "coroner",
    "alderman",
    "sheriff",
    "warden",
    "conductor",
    "editor",
    "pathologist",
    "negotiator",
    "architect",
    "lawyer",
    "chaplain",
    "director",
];

const DOMAINS: &[&str] = &[
    "Water",
    "Housing",
    "Rail",
    "Tenants",
    "Fisheries",
    "Broadcasting",
    "Heritage",
    "Pension",
    "Airport",
    "Mining",
    "Dockworkers",
    "Nurses",
    "Press",
    "Chess",
    "Rowing",
    "Film",
    "Forestry",
    "Tramways",
    "Library",
    "Lifeboat",
    "Grain",
    "Textile",
    "Shipbuilding",
    "Teachers",
    "Farmers",
    "Ferry",
    "Canal",
    "Cathedral",
    "Hospital",
    "Football",
    "Cycling",
    "Archaeology",
    "Weather",
];

const BODIES: &[&str] = &[
    "Authority",
    "Trust",
    "Council",
    "Union",
    "Foundation",
    "Institute",
    "Commission",
    "Society",
    "Board",
    "Tribunal",
    "Cooperative",
    "Alliance",
    "Company",
    "Agency",
    "Guild",
    "Federation",
    "Association",
    "Consortium",
];

const CITIES: &[&str] = &[
    "London",
    "Kraków",
    "Zürich",
    "Malmö",
    "São Paulo",
    "Reykjavík",
    "Łódź",
    "Besançon",
    "Tromsø",
    "Córdoba",
    "Düsseldorf",
    "Göteborg",
    "Aarhus",
    "Cádiz",
    "Plzeň",
    "Brașov",
    "Iași",
    "Winnipeg",
    "Valparaíso",
    "Bergen",
    "Galway",
    "Dundee",
    "Antwerp",
    "Lyon",
    "Porto",
    "Gdańsk",
    "Tampere",
    "Ljubljana",
    "Sarajevo",
    "Thessaloniki",
    "Mombasa",
    "Kumasi",
    "Dakar",
    "Bamako",
    "Lagos",
    "Accra",
    "Nairobi",
    "Montréal",
    "Québec",
    "Halifax",
    "Hobart",
    "Darwin",
    "Dunedin",
    "Cusco",
    "Medellín",
    "Bogotá",
    "Asunción",
    "Mérida",
    "León",
    "Málaga",
    "Coimbra",
    "Nîmes",
    "Genève",
    "Innsbruck",
    "Salzburg",
    "Linz",
    "Brno",
    "Košice",
    "Debrecen",
    "Pécs",
    "Timișoara",
    "Varna",
    "Ohrid",
    "Split",
    "Zadar",
    "Trieste",
    "Bologna",
    "Perugia",
    "Palermo",
    "Catania",
    "Tórshavn",
    "Akureyri",
    "Ålesund",
    "Bodø",
    "Luleå",
    "Umeå",
    "Oulu",
    "Turku",
    "Tartu",
    "Vilnius",
    "Kaunas",
    "Daugavpils",
    "Odesa",
    "Lviv",
    "Tbilisi",
    "Yerevan",
    "Izmir",
    "Konya",
    "Mersin",
    "Sfax",
    "Oran",
    "Fès",
    "Agadir",
];

/// Made-up towns are a root and an ending ("Alderwick", "Tarnvik").
const TOWN_ROOTS: &[&str] = &[
    "Ash", "Brack", "Cold", "Dun", "Elm", "Fen", "Glen", "Hart", "Kirk", "Lang", "Mor", "Nether",
    "Oak", "Pen", "Quarr", "Rud", "Sal", "Thorn", "Ulver", "Wen", "Yar", "Zell", "Alder", "Birch",
    "Crane", "Dray", "Ember", "Fal", "Gar", "Hol", "Ink", "Jer", "Kel", "Lud", "Mal", "Nor", "Orm",
    "Pil", "Rav", "Stan", "Tarn", "Ux", "Vel", "Wick", "Brom", "Cal", "Dor", "Eas", "Fair", "Gos",
    "Hen", "Ick", "Lin", "Mar", "New", "Pol", "Ros", "Sker", "Tre", "Wal",
];

const TOWN_ENDINGS: &[&str] = &[
    "ford", "wick", "by", "stead", "mouth", "haven", "bury", "holm", "stad", "dorf", "ville",
    "ton", "mere", "field", "gate", "ness", "thorpe", "worth", "keld", "vik", "ingen", "heim",
    "brück", "sø", "ås", "ore", "combe", "ley", "burgh", "port",
];

const COUNTRIES: &[&str] = &[
    "Norway", "Poland", "Chile", "Ghana", "Canada", "Portugal", "Iceland", "Türkiye", "Czechia",
    "Estonia", "Senegal", "Peru", "Scotland", "Wales", "Ireland", "Croatia", "Romania", "Greece",
    "Kenya", "Brazil", "Réunion", "Denmark", "Hungary", "Slovenia", "Morocco",
];

/// What happens at a place: "festival of London".
const PLACE_EVENTS: &[&str] = &[
    "festival",
    "siege",
    "flooding",
    "blockade",
    "liberation",
    "census",
    "referendum",
    "evacuation",
    "bombing",
    "uprising",
    "treaty",
    "congress",
    "strike",
    "fire",
    "partition",
    "occupation",
    "earthquake",
    "riots",
    "carnival",
    "regatta",
    "derailment",
    "massacre",
    "blackout",
    "boycott",
    "bankruptcy",
    "expo",
    "summit",
    "pilgrimage",
    "epidemic",
    "famine",
    "landslide",
    "heatwave",
    "eruption",
    "mutiny",
    "armistice",
    "coronation",
    "exhibition",
    "election",
    "merger",
    "lockout",
    "great fire",
    "general strike",
    "bread riots",
    "water crisis",
    "harbour collapse",
    "tram strike",
    "book fair",
    "peace talks",
    "student protests",
    "gas explosion",
];

/// What happens to a person: "arrest of Ngozi Okafor".
const LIFE_EVENTS: &[&str] = &[
    "arrest",
    "trial",
    "resignation",
    "testimony",
    "acquittal",
    "appointment",
    "extradition",
    "kidnapping",
    "funeral",
    "wedding",
    "retirement",
    "impeachment",
    "pardon",
    "defection",
    "sacking",
    "inquest",
    "hunger strike",
    "press conference",
    "farewell speech",
    "expulsion",
    "detention",
    "deportation",
    "indictment",
    "knighthood",
    "disappearance",
];

/// What someone spoke about: "Okafor on rent control".
const TOPICS: &[&str] = &[
    "water prices",
    "the harbour",
    "rent control",
    "school closures",
    "the ferry timetable",
    "taxes",
    "fishing quotas",
    "the new bridge",
    "immigration",
    "the strike",
    "the verdict",
    "press freedom",
    "the budget",
    "the monarchy",
    "nuclear power",
    "the museum",
    "street lighting",
    "the airport",
    "bus fares",
    "the cathedral roof",
];

/// Real words that no key holds, for queries that must match nothing (any that a key does hold
/// are left out when the queries are made).
const UNRELATED: &[&str] = &[
    "umbrella",
    "gardening",
    "violin",
    "recipe",
    "tortoise",
    "marathon",
    "pancake",
    "velvet",
    "origami",
    "saxophone",
    "yoghurt",
    "snorkel",
    "hammock",
    "cinnamon",
    "kayak",
    "walrus",
    "trampoline",
    "paprika",
    "glacier",
    "meteor",
    "lantern",
    "sandpaper",
    "chimney",
    "compass",
    "dolphin",
    "espresso",
    "feather",
    "giraffe",
    "hazelnut",
    "igloo",
    "jigsaw",
    "kettle",
    "lemonade",
    "mosaic",
    "noodles",
    "octopus",
    "parrot",
    "quilt",
    "raspberry",
    "scooter",
    "telescope",
    "ukulele",
    "vinegar",
    "waffle",
    "xylophone",
    "yacht",
    "zebra",
    "blueprint",
    "crochet",
    "dumpling",
    "eclipse",
    "flamingo",
    "gingerbread",
    "harmonica",
    "iceberg",
    "juggling",
    "karaoke",
    "lullaby",
    "macaroni",
    "nutmeg",
    "orchid",
    "pyjamas",
    "quiz",
    "robot",
    "spinach",
    "tulip",
    "unicorn",
    "vanilla",
    "wombat",
    "biscuit",
    "cactus",
    "doughnut",
    "emerald",
    "fossil",
    "gargoyle",
    "hedgehog",
    "ivory",
    "jellyfish",
    "koala",
    "lobster",
    "mango",
    "nectar",
    "oyster",
    "pelican",
    "radish",
    "sardine",
    "toffee",
    "volcano",
    "whisker",
];

/// Question and filler words before a query: every word is one of the core's stopwords.
const OPENERS: &[&str] = &[
    "when was",
    "when did",
    "what was",
    "what happened at",
    "who is",
    "who was",
    "where is",
    "tell me about",
    "what about",
    "how did",
    "what is the",
    "the",
    "about the",
    "what did",
    "when were",
    "who are",
    "where was the",
    "how long was",
    "what do",
];

/// After a query: nothing, a question mark, or a stopword or two.
const CLOSERS: &[&str] = &["", "", "?", " when?", " date", " who", " how", " what year"];

/// QWERTY neighbours of each letter a-z: the usual slip of a finger.
const NEIGHBOURS: [&str; 26] = [
    "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn",
    "jiolm", "kop", "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb",
    "qase", "zsdc", "tghu", "asx",
];

/// One of the four edits a typo is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edit {
    Insert,
    Delete,
    Substitute,
    Transpose,
}

/// One typo: which word of the query (before filler words were added), what it was, the edit
/// and the character position it was made at, and what it became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typo {
    pub word: usize,
    pub before: String,
    pub edit: Edit,
    pub at: usize,
    pub after: String,
}

/// The kinds of fact the generator makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Organisation,
    Place,
    PlaceEvent,
    LifeEvent,
    Statement,
}

/// One synthetic fact: an id, its kind and its keys (unique once normalised).
#[derive(Debug, Clone)]
pub struct Fact {
    pub id: String,
    pub kind: Kind,
    pub keys: Vec<String>,
}

/// A query, with the fact it was made from and what was done to it.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub text: String,
    /// The fact (index into the facts) the query was made from; `None` for a no-match query.
    pub expect: Option<usize>,
    /// The key it was made from.
    pub key: Option<String>,
    /// The words kept from the key, in order, before typos (after diacritics were stripped).
    pub words: Vec<String>,
    /// A word of the key was dropped.
    pub dropped: bool,
    /// A word was dropped and a key of another fact holds every word kept.
    pub ambiguous: bool,
    pub reordered: bool,
    /// The key had diacritics and the query was typed without them.
    pub stripped: bool,
    /// Typos in the key's words.
    pub typos: Vec<Typo>,
    /// Question or filler words were put around the query.
    pub filler: bool,
    /// A typo in one of the filler words.
    pub filler_typo: Option<Typo>,
}

impl Query {
    /// Labels for accuracy by category (`compare --generator 2` reports each).
    pub fn tags(&self) -> Vec<&'static str> {
        let mut tags = Vec::new();
        if self.expect.is_none() {
            tags.push("no match");
            if self.filler_typo.is_some() {
                tags.push("no match, mistyped filler");
            }
            return tags;
        }
        tags.push(match self.typos.len() {
            0 => "no typo",
            1 => "one typo",
            _ => "two typos",
        });
        if self.typos.iter().any(|t| t.at == 0) {
            tags.push("typo in first letter");
        }
        if self.typos.iter().any(|t| t.before.chars().count() <= 4) {
            tags.push("typo in a word of 3-4 letters");
        }
        for (flag, tag) in [
            (self.dropped, "word dropped"),
            (self.ambiguous, "ambiguous"),
            (self.reordered, "reordered"),
            (self.stripped, "diacritics stripped"),
            (self.filler, "filler words"),
            (self.filler_typo.is_some(), "mistyped filler"),
        ] {
            if flag {
                tags.push(tag);
            }
        }
        tags
    }
}

fn town(rng: &mut Pcg) -> String {
    format!("{}{}", rng.one(TOWN_ROOTS), rng.one(TOWN_ENDINGS))
}

/// A city (one in four) or a made-up town.
fn place(rng: &mut Pcg) -> String {
    if rng.below(4) == 0 {
        rng.one(CITIES).to_string()
    } else {
        town(rng)
    }
}

/// A name: given and family, sometimes a second given name or a double family name.
fn person(rng: &mut Pcg) -> (String, String) {
    let mut given = rng.one(GIVEN).to_string();
    if rng.chance(0.1) {
        given = format!("{given} {}", rng.one(GIVEN));
    }
    let mut family = rng.one(FAMILY).to_string();
    if rng.chance(0.08) {
        family = format!("{family}-{}", rng.one(FAMILY));
    }
    (given, family)
}

/// Facts holding exactly `keys` keys, made from `seed`.
pub fn facts(keys: usize, seed: u64) -> Vec<Fact> {
    let mut rng = Pcg::new(seed);
    let mut seen: HashSet<String> = HashSet::new();
    let mut people: Vec<(String, String)> = Vec::new();
    let mut out: Vec<Fact> = Vec::new();
    let mut total = 0;
    while total < keys {
        let roll = rng.below(100);
        let year = 1950 + rng.below(75);
        let (kind, candidates) = match roll {
            0..30 => {
                let (given, family) = person(&mut rng);
                let mut k = vec![
                    format!("{given} {family}"),
                    format!("{} {family}", rng.one(ROLES)),
                ];
                if rng.chance(0.4) {
                    let org = format!(
                        "{} {} {}",
                        place(&mut rng),
                        rng.one(DOMAINS),
                        rng.one(BODIES)
                    );
                    k.push(format!("{} of {org}", rng.one(ROLES)));
                }
                people.push((given, family));
                (Kind::Person, k)
            }
            30..45 => {
                let at = place(&mut rng);
                let (domain, body) = (rng.one(DOMAINS), rng.one(BODIES));
                let mut k = if rng.chance(0.7) {
                    vec![format!("{at} {domain} {body}")]
                } else {
                    vec![format!("{domain} {body} of {at}")]
                };
                if rng.chance(0.5) {
                    k.push(format!("{at} {body}"));
                }
                (Kind::Organisation, k)
            }
            45..55 => {
                let at = place(&mut rng);
                let mut k = vec![at.clone()];
                if rng.chance(0.5) {
                    k.push(format!("{at}, {}", rng.one(COUNTRIES)));
                }
                (Kind::Place, k)
            }
            55..80 => {
                let at = place(&mut rng);
                let what = rng.one(PLACE_EVENTS);
                let mut k = vec![format!("{what} of {at}"), format!("{at} {what} {year}")];
                if rng.chance(0.3) {
                    k.push(format!("{year} {what}"));
                }
                (Kind::PlaceEvent, k)
            }
            80..92 => {
                let (given, family) = if !people.is_empty() && rng.chance(0.7) {
                    people[rng.below(people.len())].clone()
                } else {
                    person(&mut rng)
                };
                let what = rng.one(LIFE_EVENTS);
                let mut k = vec![format!("{what} of {given} {family}")];
                if rng.chance(0.3) {
                    k.push(format!("{family} {what} {year}"));
                } else {
                    k.push(format!("{family} {what}"));
                }
                (Kind::LifeEvent, k)
            }
            _ => {
                let (given, family) = if !people.is_empty() && rng.chance(0.7) {
                    people[rng.below(people.len())].clone()
                } else {
                    person(&mut rng)
                };
                let topic = rng.one(TOPICS);
                let k = vec![
                    format!("{family} on {topic}"),
                    format!("{given} {family} on {topic}"),
                ];
                (Kind::Statement, k)
            }
        };
        let mut kept = Vec::new();
        for key in candidates {
            if total + kept.len() == keys {
                break;
            }
            let norm = normalize(&key);
            if !norm.is_empty() && seen.insert(norm) {
                kept.push(key);
            }
        }
        if kept.is_empty() {
            continue;
        }
        total += kept.len();
        out.push(Fact {
            id: format!("s2-{}", out.len()),
            kind,
            keys: kept,
        });
    }
    out
}

/// The facts as the index takes them: keys only.
pub fn index_facts(facts: &[Fact]) -> Vec<IndexFact> {
    facts
        .iter()
        .map(|f| IndexFact::from_keys(f.id.clone(), f.keys.clone()))
        .collect()
}

/// Text as typed on a keyboard without accents: marks dropped, and the letters that do not
/// decompose written as people write them without the key ("ø" is "o", "þ" is "th").
pub fn strip_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ø' => out.push('o'),
            'Ø' => out.push('O'),
            'ł' => out.push('l'),
            'Ł' => out.push('L'),
            'đ' | 'ð' => out.push('d'),
            'Đ' | 'Ð' => out.push('D'),
            'þ' => out.push_str("th"),
            'Þ' => out.push_str("Th"),
            'æ' => out.push_str("ae"),
            'Æ' => out.push_str("Ae"),
            'ß' => out.push_str("ss"),
            'ı' => out.push('i'),
            _ => out.push(c),
        }
    }
    out
}

/// A letter a finger near `c` would hit, or any letter.
fn slip(c: char, rng: &mut Pcg) -> char {
    let near = c
        .is_ascii_lowercase()
        .then(|| NEIGHBOURS[(c as u8 - b'a') as usize]);
    match near {
        Some(near) if rng.chance(0.8) => near.as_bytes()[rng.below(near.len())] as char,
        _ => (b'a' + rng.below(26) as u8) as char,
    }
}

/// Applies one `edit` to `word` (lower-cased first), at a position drawn uniformly over every
/// place the edit can be made, the first letter included. Returns the position and the result,
/// which always differs from the word; `None` when the edit cannot be made (deleting the only
/// letter, transposing identical letters).
fn mistype(word: &str, edit: Edit, rng: &mut Pcg) -> Option<(usize, String)> {
    let mut chars: Vec<char> = word.to_lowercase().chars().collect();
    let n = chars.len();
    let at = match edit {
        Edit::Insert => {
            let at = rng.below(n + 1);
            // Doubling a letter next to it, or a neighbour of one.
            let next_to = if at == n || (at > 0 && rng.chance(0.5)) {
                chars[at - 1]
            } else {
                chars[at]
            };
            let c = if rng.chance(0.4) {
                next_to
            } else {
                slip(next_to, rng)
            };
            chars.insert(at, c);
            at
        }
        Edit::Delete => {
            if n < 2 {
                return None;
            }
            let at = rng.below(n);
            chars.remove(at);
            at
        }
        Edit::Substitute => {
            let at = rng.below(n);
            let was = chars[at];
            let mut c = slip(was, rng);
            while c == was {
                c = (b'a' + rng.below(26) as u8) as char;
            }
            chars[at] = c;
            at
        }
        Edit::Transpose => {
            let places: Vec<usize> = (0..n.saturating_sub(1))
                .filter(|&i| chars[i] != chars[i + 1])
                .collect();
            if places.is_empty() {
                return None;
            }
            let at = places[rng.below(places.len())];
            chars.swap(at, at + 1);
            at
        }
    };
    Some((at, chars.into_iter().collect()))
}

/// One typo in `word`, of an edit drawn uniformly (another when it cannot be made).
fn typo(word: &str, index: usize, rng: &mut Pcg) -> Typo {
    const EDITS: [Edit; 4] = [
        Edit::Insert,
        Edit::Delete,
        Edit::Substitute,
        Edit::Transpose,
    ];
    let first = rng.below(4);
    for k in 0..4 {
        let edit = EDITS[(first + k) % 4];
        if let Some((at, after)) = mistype(word, edit, rng) {
            return Typo {
                word: index,
                before: word.to_string(),
                edit,
                at,
                after,
            };
        }
    }
    unreachable!("insertion always applies")
}

/// Whether a word may get a typo: three letters or more, and no digit.
fn typable(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !word.chars().any(char::is_numeric)
}

/// Wraps `text` in question or filler words, perhaps mistyping one of them.
fn wrap(text: &str, q: &mut Query, rng: &mut Pcg) -> String {
    let opener = rng.one(OPENERS);
    let closer = rng.one(CLOSERS);
    let mut filler: Vec<String> = opener.split(' ').map(str::to_string).collect();
    let mut closing: Vec<String> = closer.split_whitespace().map(str::to_string).collect();
    q.filler = true;
    if rng.chance(FILLER_TYPO_RATE) {
        // One of the filler words, before or after, with letters (not "?").
        let mut slots: Vec<(bool, usize)> = (0..filler.len()).map(|i| (true, i)).collect();
        slots.extend(
            (0..closing.len())
                .filter(|&i| closing[i].trim_end_matches('?').chars().count() >= 2)
                .map(|i| (false, i)),
        );
        let (front, i) = slots[rng.below(slots.len())];
        let list = if front { &mut filler } else { &mut closing };
        let word = list[i].trim_end_matches('?').to_string();
        let tail = &list[i][word.len()..];
        let t = typo(&word, usize::MAX, rng);
        list[i] = format!("{}{tail}", t.after);
        q.filler_typo = Some(t);
    }
    let mut out = filler.join(" ");
    out.push(' ');
    out.push_str(text);
    if !closing.is_empty() {
        // "?" follows the last word; the others are words of their own.
        if closer.starts_with(' ') {
            out.push(' ');
        }
        out.push_str(&closing.join(" "));
    }
    out
}

/// `n` queries made from `facts` with `seed`: exactly `n / 5` match nothing, the rest are made
/// from a key (see the module docs).
pub fn queries(facts: &[Fact], n: usize, seed: u64) -> Vec<Query> {
    let mut rng = Pcg::new(seed ^ 0x5eed_2222);
    // Every key's words, and which keys hold each word, to tell ambiguous queries.
    let mut key_fact: Vec<usize> = Vec::new();
    let mut key_words: Vec<HashSet<String>> = Vec::new();
    let mut holders: HashMap<String, Vec<usize>> = HashMap::new();
    for (f, fact) in facts.iter().enumerate() {
        for key in &fact.keys {
            let k = key_fact.len();
            let words: HashSet<String> = tokens(key).into_iter().collect();
            for w in &words {
                holders.entry(w.clone()).or_default().push(k);
            }
            key_fact.push(f);
            key_words.push(words);
        }
    }
    let unrelated: Vec<&str> = UNRELATED
        .iter()
        .copied()
        .filter(|w| tokens(w).iter().all(|t| !holders.contains_key(t)))
        .collect();
    // Which queries match nothing: n / 5 places, shuffled.
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        order.swap(i, rng.below(i + 1));
    }
    let mut nothing = vec![false; n];
    for &i in &order[..n / 5] {
        nothing[i] = true;
    }
    let mut out = Vec::with_capacity(n);
    for &none in &nothing {
        let mut q = Query::default();
        if none || facts.is_empty() {
            let count = 1 + rng.below(3);
            let words: Vec<&str> = (0..count).map(|_| rng.one(&unrelated)).collect();
            let text = words.join(" ");
            q.text = if rng.chance(FILLER_RATE) {
                wrap(&text, &mut q, &mut rng)
            } else {
                text
            };
            q.words = words.iter().map(|w| w.to_string()).collect();
            out.push(q);
            continue;
        }
        let f = rng.below(facts.len());
        let key = facts[f].keys[rng.below(facts[f].keys.len())].clone();
        let mut words: Vec<String> = key.split_whitespace().map(str::to_string).collect();
        let whole = tokens(&key).len();
        if words.len() >= 3 && rng.chance(DROP_RATE) {
            words.remove(rng.below(words.len()));
            q.dropped = true;
        }
        let kept = tokens(&words.join(" "));
        if kept.len() < whole {
            q.ambiguous = {
                let mut lists: Vec<&Vec<usize>> =
                    kept.iter().filter_map(|w| holders.get(w)).collect();
                lists.sort_by_key(|l| l.len());
                lists.first().is_some_and(|rarest| {
                    rarest
                        .iter()
                        .any(|&k| key_fact[k] != f && kept.iter().all(|w| key_words[k].contains(w)))
                })
            };
        }
        if words.len() >= 2 && rng.chance(REORDER_RATE) {
            if rng.chance(0.5) {
                let last = words.pop().unwrap_or_default();
                words.insert(0, last);
            } else {
                let a = rng.below(words.len());
                let b = (a + 1 + rng.below(words.len() - 1)) % words.len();
                words.swap(a, b);
            }
            q.reordered = true;
        }
        if words.iter().any(|w| !w.is_ascii()) && rng.chance(STRIP_RATE) {
            words = words.iter().map(|w| strip_marks(w)).collect();
            q.stripped = true;
        }
        q.words = words.clone();
        if rng.chance(TYPO_RATE) {
            let count = if rng.chance(TWO_TYPOS_RATE) { 2 } else { 1 };
            let open: Vec<usize> = (0..words.len()).filter(|&i| typable(&words[i])).collect();
            if !open.is_empty() {
                for _ in 0..count {
                    let i = open[rng.below(open.len())];
                    // The word without the punctuation a key may carry ("Tromsø,").
                    let end = words[i].trim_end_matches(|c: char| !c.is_alphanumeric());
                    let tail = words[i][end.len()..].to_string();
                    let t = typo(end, i, &mut rng);
                    words[i] = format!("{}{tail}", t.after);
                    q.typos.push(t);
                }
            }
        }
        let mut text = words.join(" ");
        if rng.chance(LOWERCASE_RATE) {
            text = text.to_lowercase();
        }
        if rng.chance(FILLER_RATE) {
            text = wrap(&text, &mut q, &mut rng);
        }
        q.text = text;
        q.expect = Some(f);
        q.key = Some(key);
        out.push(q);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use casebot_core::text::STOPWORDS;

    /// Optimal string alignment distance, for checking typos independently of the generator.
    fn osa(a: &str, b: &str) -> usize {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[a.len()][b.len()]
    }

    fn base() -> (Vec<Fact>, Vec<Query>) {
        let facts = facts(5_000, 42);
        let queries = queries(&facts, 1000, 7);
        (facts, queries)
    }

    #[test]
    fn deterministic_by_seed_with_unique_keys() {
        let (a, qa) = base();
        let (b, qb) = base();
        assert!(a.iter().zip(&b).all(|(x, y)| x.keys == y.keys));
        assert_eq!(
            qa.iter().map(|q| &q.text).collect::<Vec<_>>(),
            qb.iter().map(|q| &q.text).collect::<Vec<_>>()
        );
        assert_eq!(a.iter().map(|f| f.keys.len()).sum::<usize>(), 5_000);
        let unique: HashSet<String> = a
            .iter()
            .flat_map(|f| f.keys.iter().map(|k| normalize(k)))
            .collect();
        assert_eq!(unique.len(), 5_000);
        // Another seed, other data.
        assert_ne!(facts(5_000, 43)[0].keys, a[0].keys);
        let other = queries(&a, 1000, 8);
        assert!(
            other
                .iter()
                .zip(&qa)
                .filter(|(x, y)| x.text == y.text)
                .count()
                < 100
        );
        // Every kind of fact is made.
        for kind in [
            Kind::Person,
            Kind::Organisation,
            Kind::Place,
            Kind::PlaceEvent,
            Kind::LifeEvent,
            Kind::Statement,
        ] {
            assert!(
                a.iter().filter(|f| f.kind == kind).count() > 100,
                "{kind:?}"
            );
        }
    }

    #[test]
    fn a_fifth_match_nothing_and_hold_no_key_word() {
        let (facts, qs) = base();
        let vocabulary: HashSet<String> = facts
            .iter()
            .flat_map(|f| f.keys.iter().flat_map(|k| tokens(k)))
            .collect();
        for n in [1000, 10, 7] {
            let qs = queries(&facts, n, 3);
            assert_eq!(qs.iter().filter(|q| q.expect.is_none()).count(), n / 5);
        }
        let none: Vec<&Query> = qs.iter().filter(|q| q.expect.is_none()).collect();
        assert_eq!(none.len(), 200);
        for q in none {
            assert!(!q.words.is_empty() && q.typos.is_empty(), "{q:?}");
            for w in &q.words {
                assert!(tokens(w).iter().all(|t| !vocabulary.contains(t)), "{w}");
            }
            assert!(!tokens(&q.text).is_empty());
        }
    }

    #[test]
    fn one_or_two_typos_in_words_of_three_letters_at_any_position() {
        let (_, qs) = base();
        let from_key: Vec<&Query> = qs.iter().filter(|q| q.expect.is_some()).collect();
        let with_typos = from_key.iter().filter(|q| !q.typos.is_empty()).count();
        let share = with_typos as f64 / from_key.len() as f64;
        assert!((0.65..=0.75).contains(&share), "{share}");
        let two = from_key.iter().filter(|q| q.typos.len() == 2).count() as f64;
        assert!((0.3..=0.5).contains(&(two / with_typos as f64)));
        let mut typos = 0;
        let mut first = 0;
        let mut last = 0;
        let mut edits: HashMap<Edit, usize> = HashMap::new();
        for q in &from_key {
            assert!(q.typos.len() <= 2, "{q:?}");
            for t in &q.typos {
                typos += 1;
                let n = t.before.chars().count();
                assert!(typable(&q.words[t.word]), "{q:?}");
                assert!(n >= 2, "{t:?}");
                assert_ne!(t.before.to_lowercase(), t.after, "{t:?}");
                assert_eq!(osa(&t.before.to_lowercase(), &t.after), 1, "{t:?}");
                let bound = if t.edit == Edit::Insert { n } else { n - 1 };
                assert!(t.at <= bound, "{t:?}");
                first += usize::from(t.at == 0);
                last += usize::from(t.at == bound);
                *edits.entry(t.edit).or_default() += 1;
            }
            // The typed words are within the typos' edits of the words kept.
            let mut typed: Vec<String> = q.words.iter().map(|w| w.to_lowercase()).collect();
            for t in &q.typos {
                let word = &typed[t.word];
                let end = word.trim_end_matches(|c: char| !c.is_alphanumeric());
                assert_eq!(end, t.before.to_lowercase(), "{q:?}");
                let tail = word[end.len()..].to_string();
                typed[t.word] = format!("{}{tail}", t.after);
            }
            for (w, typed) in q.words.iter().zip(&typed) {
                let n = q.typos.iter().filter(|t| q.words[t.word] == *w).count();
                assert!(osa(&w.to_lowercase(), typed) <= n, "{q:?}");
            }
            assert!(
                q.text
                    .to_lowercase()
                    .contains(&typed.join(" ").to_lowercase()),
                "{q:?}"
            );
        }
        // The first letter is as likely as any other: words average about seven letters.
        assert!(first * 100 >= typos * 8, "{first} of {typos}");
        assert!(last * 100 >= typos * 8, "{last} of {typos}");
        for edit in [
            Edit::Insert,
            Edit::Delete,
            Edit::Substitute,
            Edit::Transpose,
        ] {
            assert!(edits[&edit] * 100 >= typos * 18, "{edit:?} {edits:?}");
        }
        // Short words get typos too.
        assert!(
            from_key
                .iter()
                .flat_map(|q| &q.typos)
                .any(|t| t.before.chars().count() == 3)
        );
    }

    #[test]
    fn every_edit_at_every_position_is_one_edit() {
        let mut rng = Pcg::new(1);
        for word in ["of", "how", "when", "okafor", "þórsdóttir", "aab"] {
            for edit in [
                Edit::Insert,
                Edit::Delete,
                Edit::Substitute,
                Edit::Transpose,
            ] {
                for _ in 0..200 {
                    if let Some((at, after)) = mistype(word, edit, &mut rng) {
                        assert_eq!(osa(word, &after), 1, "{word} {edit:?} {after}");
                        assert!(at <= word.chars().count());
                    }
                }
            }
        }
        assert!(mistype("aa", Edit::Transpose, &mut rng).is_none());
        assert!(mistype("a", Edit::Delete, &mut rng).is_none());
    }

    #[test]
    fn diacritics_stripped_where_intended() {
        assert_eq!(
            strip_marks("Þórsdóttir Łódź Tromsø Guðmundsdóttir Ævar Nguyễn"),
            "Thorsdottir Lodz Tromso Gudmundsdottir Aevar Nguyen"
        );
        let (_, qs) = base();
        let mut stripped = 0;
        let mut marked = 0;
        for q in qs.iter().filter(|q| q.expect.is_some()) {
            let key = q.key.as_deref().unwrap_or_default();
            if q.stripped {
                stripped += 1;
                assert!(!key.is_ascii());
                assert!(q.text.is_ascii(), "{q:?}");
            } else if q.words.iter().any(|w| !w.is_ascii()) {
                marked += 1;
                // Kept unless a typo took the marked letter away.
                if q.typos.is_empty() {
                    assert!(!q.text.is_ascii(), "{q:?}");
                }
            }
        }
        assert!(stripped > 50 && marked > 50, "{stripped} {marked}");
        let share = stripped as f64 / (stripped + marked) as f64;
        assert!((0.4..=0.6).contains(&share), "{share}");
    }

    #[test]
    fn filler_words_are_stopwords_some_mistyped() {
        for phrase in OPENERS.iter().chain(CLOSERS) {
            for w in phrase.split_whitespace() {
                let w = w.trim_end_matches('?');
                if w.is_empty() {
                    continue;
                }
                assert!(STOPWORDS.contains(&w), "{w}");
            }
        }
        let (_, qs) = base();
        let filler = qs.iter().filter(|q| q.filler).count();
        assert!((380..=520).contains(&filler), "{filler}");
        let mistyped: Vec<&Typo> = qs.iter().filter_map(|q| q.filler_typo.as_ref()).collect();
        assert!(
            mistyped.len() * 100 >= filler * 30,
            "{} {filler}",
            mistyped.len()
        );
        // Two-letter filler words are mistyped too ("of" -> "fo").
        assert!(mistyped.iter().any(|t| t.before.len() == 2));
        for t in mistyped {
            assert_eq!(osa(&t.before, &t.after), 1);
        }
    }

    #[test]
    fn dropped_words_and_ambiguity() {
        let facts = facts(20_000, 42);
        let qs = queries(&facts, 1000, 11);
        let from_key: Vec<&Query> = qs.iter().filter(|q| q.expect.is_some()).collect();
        let dropped = from_key.iter().filter(|q| q.dropped).count();
        assert!(dropped > 80, "{dropped}");
        assert!(from_key.iter().filter(|q| q.reordered).count() > 80);
        // Only a query that lost a word is ambiguous, and some are.
        assert!(from_key.iter().all(|q| q.dropped || !q.ambiguous));
        assert!(from_key.iter().any(|q| q.ambiguous));
        // Some keys are word-dropped forms of other facts' keys ("of London" of "festival of
        // London").
        let keys: HashMap<String, usize> = facts
            .iter()
            .enumerate()
            .flat_map(|(f, fact)| fact.keys.iter().map(move |k| (normalize(k), f)))
            .collect();
        let contained = facts
            .iter()
            .enumerate()
            .flat_map(|(f, fact)| fact.keys.iter().map(move |k| (f, k)))
            .filter(|(f, k)| {
                let words: Vec<&str> = k.split(' ').collect();
                (0..words.len()).any(|i| {
                    let mut w = words.clone();
                    w.remove(i);
                    keys.get(&normalize(&w.join(" "))).is_some_and(|g| g != f)
                })
            })
            .count();
        assert!(contained > 1000, "{contained}");
    }
}
