//! Speakers an article names by surname alone. An outlet that writes only "Delacroix
//! said" without ever giving her first name leaves extraction (one article at a time)
//! nothing to tell a person from an organization ("Acme said"), so the speaker is an
//! organization. When another article of the story quotes or titles a person of that
//! surname, the surname is hers: the quote is re-credited to the person, so the same
//! words quoted by two outlets meet under one speaker.

use rustc_hash::FxHashMap;

use crate::model::{Claim, ClaimBody, SpeakerKind};
use crate::text::normalize::fold_name;

/// Copies of the quote claims whose one-word organization speaker is a person of the
/// story, keyed by claim id.
pub fn by_surname(claims: &[&Claim]) -> FxHashMap<String, Claim> {
    // Person key → the full name the story gives it (the longest, then the first in
    // order), from quotes and roles.
    let mut people: FxHashMap<&str, &str> = FxHashMap::default();
    // Person key → the names of two words or more the story gives it.
    let mut full_names: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for c in claims {
        let (key, name) = match &c.body {
            ClaimBody::Quote(q) => match q.speaker.as_ref() {
                Some(s) if s.kind == SpeakerKind::Person => (s.key.as_str(), s.name.as_str()),
                _ => continue,
            },
            ClaimBody::Role(r) => (r.person_key.as_str(), r.person.as_str()),
            _ => continue,
        };
        let entry = people.entry(key).or_insert(name);
        if name.len() > entry.len() {
            *entry = name;
        }
        if name.contains(' ') {
            let names = full_names.entry(key).or_default();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    let mut out = FxHashMap::default();
    if people.is_empty() {
        return out;
    }
    for c in claims {
        let ClaimBody::Quote(q) = &c.body else {
            continue;
        };
        let Some(s) = q.speaker.as_ref() else {
            continue;
        };
        if s.name.contains(' ') {
            continue;
        }
        let key = format!("person:{}", fold_name(&s.name));
        let name = match s.kind {
            SpeakerKind::Organization => people.get(key.as_str()).copied(),
            // "Secretary Ortiz said" in a pool report, "Interior Secretary Dana
            // Ortiz" in the wire: a person by surname alone takes the one full name
            // the story gives that surname, and none when it gives two.
            SpeakerKind::Person => match full_names.get(key.as_str()).map(Vec::as_slice) {
                Some([name]) => Some(*name),
                _ => None,
            },
            _ => None,
        };
        let Some(name) = name else {
            continue;
        };
        let mut renamed = (*c).clone();
        if let ClaimBody::Quote(q) = &mut renamed.body
            && let Some(s) = q.speaker.as_mut()
        {
            s.kind = SpeakerKind::Person;
            s.name = name.to_string();
            s.key = key;
        }
        out.insert(c.id.clone(), renamed);
    }
    out
}
