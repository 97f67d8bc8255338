//! The residence permit's status as the Polizia di Stato publishes it: a
//! public web page, no login, no API
//! (`https://questure.poliziadistato.it/stranieri/?lang=italian&mime=1&pratica=<number>`).
//! It answers only three things — the permit is ready, it is being
//! processed, the number is not in the archive — and the kiosk says no
//! more than that. Anything else (access denied, a page whose structure
//! changed, an empty answer) is "we could not read the answer", never a
//! guess. What the page looks like is described in
//! `docs/contracts/polizia-di-stato.md`; the tests read fixtures of our own
//! in that structure (`tests/fixtures/questura/`).

use serde::{Deserialize, Serialize};

/// The public page, for a person to open on a phone or with the operator.
pub const PUBLIC_PAGE: &str = "https://questure.poliziadistato.it/stranieri/";

/// The most of the page the kiosk reads (a real answer is a few kB).
pub const MAX_PAGE_BYTES: usize = 512 * 1024;

/// The page's three answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PermitState {
    /// Ready: the Questura sends an SMS with where and when to collect it.
    Ready,
    /// Being processed.
    InProgress,
    /// The number is not in the archive.
    NotInArchive,
}

impl PermitState {
    pub const ALL: [PermitState; 3] = [
        PermitState::Ready,
        PermitState::InProgress,
        PermitState::NotInArchive,
    ];

    /// The state's code (Fluent: `status-permit-status-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            PermitState::Ready => "ready",
            PermitState::InProgress => "in-progress",
            PermitState::NotInArchive => "not-in-archive",
        }
    }
}

/// Why no answer could be read from the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unreadable {
    /// The site's protection refused the request.
    #[error("the page refused access")]
    AccessDenied,
    /// No answer where the page puts it (the structure changed, or the
    /// page is empty).
    #[error("no answer where the page puts it")]
    NoAnswer,
    /// An answer in words the kiosk does not know.
    #[error("an answer the kiosk does not know")]
    UnknownAnswer,
}

/// The page's address for a number (the page is asked in Italian, so its
/// words are the ones the kiosk knows).
pub fn page_for(base: &url::Url, reference: &str) -> Option<url::Url> {
    let mut url = base.join("stranieri/").ok()?;
    url.query_pairs_mut()
        .append_pair("lang", "italian")
        .append_pair("mime", "1")
        .append_pair("pratica", reference)
        .append_pair("invia", "Submit");
    Some(url)
}

/// Reads the answer from the page.
pub fn read(html: &str) -> Result<PermitState, Unreadable> {
    let whole = plain_text(html).to_lowercase();
    if whole.contains("accesso negato") || whole.contains("access denied") {
        return Err(Unreadable::AccessDenied);
    }
    let answer = answer_of(html).ok_or(Unreadable::NoAnswer)?;
    let answer = plain_text(&answer).to_lowercase();
    if answer.trim().is_empty() {
        return Err(Unreadable::NoAnswer);
    }
    // "non è ancora pronto" is not ready: the processing words first.
    if ["in lavorazione", "in trattazione", "being processed"]
        .iter()
        .any(|w| answer.contains(w))
    {
        return Ok(PermitState::InProgress);
    }
    if (answer.contains("archivio") && answer.contains("non"))
        || answer.contains("not in the archive")
    {
        return Ok(PermitState::NotInArchive);
    }
    if (answer.contains("pronto") && !answer.contains("non è pronto"))
        || answer.contains("is ready")
    {
        return Ok(PermitState::Ready);
    }
    Err(Unreadable::UnknownAnswer)
}

/// Where the page puts its answer: the `div` of class `m-ok`, or else the
/// first `strong` inside the element of class `content`.
fn answer_of(html: &str) -> Option<String> {
    if let Some(inner) = element_after(html, "class=\"m-ok\"", "div") {
        return Some(inner);
    }
    let content = html.find("class=\"content\"")?;
    element_after(&html[content..], "<strong", "strong")
}

/// The inner HTML of the `tag` element whose opening tag contains `marker`
/// (the first one; nested elements of the same tag are not expected).
fn element_after(html: &str, marker: &str, tag: &str) -> Option<String> {
    let at = html.find(marker)?;
    let open_end = at + html[at..].find('>')? + 1;
    let close = html[open_end..].find(&format!("</{tag}>"))?;
    Some(html[open_end..open_end + close].to_owned())
}

/// The text of some HTML: tags dropped, the entities the page uses
/// decoded, white space folded.
fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let decoded = decode_entities(&text);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn decode_entities(text: &str) -> String {
    const NAMED: &[(&str, &str)] = &[
        ("&egrave;", "è"),
        ("&eacute;", "é"),
        ("&agrave;", "à"),
        ("&ograve;", "ò"),
        ("&ugrave;", "ù"),
        ("&igrave;", "ì"),
        ("&nbsp;", " "),
        ("&quot;", "\""),
        ("&apos;", "'"),
        ("&#39;", "'"),
        ("&lt;", "<"),
        ("&gt;", ">"),
    ];
    let mut out = text.to_owned();
    for (entity, plain) in NAMED {
        out = out.replace(entity, plain);
    }
    // Numeric entities (`&#232;`), then the ampersand last.
    let mut decoded = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(at) = rest.find("&#") {
        decoded.push_str(&rest[..at]);
        let tail = &rest[at + 2..];
        let end = tail.find(';').filter(|end| *end <= 7);
        let code = end.and_then(|end| {
            let digits = &tail[..end];
            match digits.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => digits.parse().ok(),
            }
        });
        match (end, code.and_then(char::from_u32)) {
            (Some(end), Some(c)) => {
                decoded.push(c);
                rest = &tail[end + 1..];
            }
            _ => {
                decoded.push_str("&#");
                rest = tail;
            }
        }
    }
    decoded.push_str(rest);
    decoded.replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_is_asked_in_italian_with_the_number() {
        let base = url::Url::parse("https://questure.poliziadistato.it/").unwrap();
        let page = page_for(&base, "AR12345678").unwrap();
        assert_eq!(
            page.as_str(),
            "https://questure.poliziadistato.it/stranieri/?lang=italian&mime=1&pratica=AR12345678&invia=Submit"
        );
    }

    #[test]
    fn entities_and_tags_become_plain_text() {
        assert_eq!(
            plain_text("<p>Il documento <b>non &egrave;</b>\n presente&nbsp;in archivio&#46;</p>"),
            "Il documento non è presente in archivio."
        );
        assert_eq!(
            decode_entities("a &#x41; &amp;egrave; &#99999999;"),
            "a A &egrave; &#99999999;"
        );
    }

    #[test]
    fn each_answer_is_read_and_nothing_else_is_guessed() {
        let page =
            |answer: &str| format!("<html><body><div class=\"m-ok\">{answer}</div></body></html>");
        assert_eq!(
            read(&page(
                "Il permesso di soggiorno &egrave; pronto per la consegna."
            )),
            Ok(PermitState::Ready)
        );
        assert_eq!(
            read(&page("Posizione permesso di soggiorno: in lavorazione.")),
            Ok(PermitState::InProgress)
        );
        assert_eq!(
            read(&page(
                "Il permesso non &egrave; ancora pronto: in trattazione."
            )),
            Ok(PermitState::InProgress)
        );
        assert_eq!(
            read(&page(
                "Il documento di soggiorno non &egrave; presente in archivio."
            )),
            Ok(PermitState::NotInArchive)
        );
        assert_eq!(
            read(&page("Servizio momentaneamente sospeso.")),
            Err(Unreadable::UnknownAnswer)
        );
        assert_eq!(read(&page("")), Err(Unreadable::NoAnswer));
        assert_eq!(
            read("<html><body><h1>Accesso negato</h1></body></html>"),
            Err(Unreadable::AccessDenied)
        );
        assert_eq!(
            read("<html><body>pronto</body></html>"),
            Err(Unreadable::NoAnswer)
        );
        assert_eq!(read("\u{0}\u{1}garbage<<<>>>"), Err(Unreadable::NoAnswer));
        assert_eq!(
            read(
                "<div class=\"content\"><p>Numero pratica</p><strong>Il documento di soggiorno non &egrave; presente in archivio.</strong></div>"
            ),
            Ok(PermitState::NotInArchive)
        );
    }
}
