//! The word lists the splitter consults: titles, abbreviations, and common first words.
//!
//! Gathered by hand from news style guides (AP, CP) and from the abbreviations seen before
//! periods in a sample of real news text; each list is kept sorted for binary search.

/// Titles and abbreviations that never end a sentence: "Sgt. Smith", "Roe v. Wade".
#[rustfmt::skip]
pub(super) const TITLES: &[&str] = &[
    "Adm", "Ald", "Amb", "Atty", "Brig", "Capt", "Cmdr", "Col", "Const", "Coun", "Cpl", "Cst",
    "Det", "Dr", "Drs", "Fr", "Gen", "Gov", "Hon", "Insp", "Lt", "Maj", "Messrs", "Mme", "Mmes",
    "Mr", "Mrs", "Ms", "Msgr", "Pres", "Prof", "Pte", "Pvt", "Rep", "Reps", "Rev", "Rt", "Sen",
    "Sens", "Sgt", "Supt", "a.k.a", "cf", "e.g", "i.e", "v", "viz", "vs",
];

/// Abbreviations that do not end a sentence before a number: "No. 10", "pp. 4-5".
#[rustfmt::skip]
pub(super) const BEFORE_NUMBER: &[&str] = &[
    "Art", "Fig", "No", "Nos", "Prop", "Vol", "p", "pp",
];

/// Abbreviations that may end a sentence, but only before a word that plainly starts one:
/// "Apple Inc. shares" and "Jan. 5" go on, "born in Calif. He" ends.
#[rustfmt::skip]
pub(super) const MAY_END: &[&str] = &[
    "Ala", "Alta", "Apr", "Ariz", "Ark", "Assn", "Aug", "Ave", "Blvd", "Bros", "Calif", "Co",
    "Colo", "Conn", "Corp", "Dec", "Del", "Dept", "Feb", "Fla", "Ft", "Ga", "Hwy", "Ill", "Inc",
    "Ind", "Jan", "Jr", "Jul", "Jun", "Kan", "Kans", "Ky", "La", "Ltd", "Man", "Mar", "Mass", "Md",
    "Mich", "Minn", "Miss", "Mo", "Mont", "Mt", "Neb", "Nev", "Nfld", "Nov", "Oct", "Okla", "Ont",
    "Ore", "Pa", "Plc", "Que", "Rd", "Sask", "Sep", "Sept", "Sr", "St", "Ste", "Tenn", "Tex",
    "Univ", "Va", "Vt", "Wash", "Wis", "Wyo", "al", "approx", "ca", "est",
];

/// Common first words of news sentences, which after an abbreviation mean a new sentence.
#[rustfmt::skip]
pub(super) const STARTERS: &[&str] = &[
    "A", "According", "After", "Again", "All", "Also", "Although", "Among", "An", "And", "Another",
    "As", "At", "Authorities", "Because", "Before", "Both", "But", "By", "Despite", "During",
    "Each", "Even", "For", "From", "He", "Her", "Here", "His", "How", "However", "I", "If", "In",
    "Instead", "It", "Its", "Last", "Many", "Meanwhile", "More", "Most", "My", "No", "Now", "On",
    "One", "Only", "Or", "Our", "Police", "She", "Since", "So", "Some", "Still", "That", "The",
    "Their", "Then", "There", "These", "They", "This", "Those", "Though", "Thus", "To", "Today",
    "Under", "Until", "We", "What", "When", "Where", "While", "Who", "Why", "With", "Yet", "You",
    "Your",
];
