//! Plurals and singulars of the nouns the tool writes and reads ("city" and "cities"),
//! for the regular forms a set noun or a counted noun takes.

/// The plural of a noun ("city" → "cities", "church" → "churches", "metro government"
/// → "metro governments").
pub fn plural(noun: &str) -> String {
    if noun == "person" {
        return "people".to_string();
    }
    if noun.ends_with(['s', 'x', 'z']) || noun.ends_with("ch") || noun.ends_with("sh") {
        return format!("{noun}es");
    }
    match noun.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ => format!("{noun}s"),
    }
}

/// The singular of a plural set noun ("cities" → "city", "places" → "place", "local
/// governments" → "local government"): the inverse of [`plural`].
pub fn singular(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = noun
        .strip_suffix("ches")
        .or_else(|| noun.strip_suffix("shes"))
        .or_else(|| noun.strip_suffix("sses"))
    {
        format!("{}{}", stem, &noun[stem.len()..stem.len() + 2])
    } else if let Some(stem) = noun.strip_suffix("xes") {
        format!("{stem}x")
    } else {
        noun.strip_suffix('s').unwrap_or(noun).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_nouns_singular_undoes_its_plural() {
        for noun in [
            "city",
            "place",
            "jurisdiction",
            "church",
            "hospital",
            "county",
            "class",
            "box",
        ] {
            assert_eq!(singular(&plural(noun)), noun);
        }
        assert_eq!(plural("church"), "churches");
        assert_eq!(plural("class"), "classes");
        assert_eq!(singular("local governments"), "local government");
    }
}
