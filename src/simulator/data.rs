//! The simulator's seeded world: Arezzo residents, permit and citizenship
//! records in every state, A2 test results, library cards and newspapers,
//! courses and job offers in the province, CUP slots at the USL Toscana Sud
//! Est hospitals, and what each agency answers to each call.

use std::collections::BTreeMap;

use jiff::civil::{Date, DateTime};

use crate::agencies::contract::{
    Appointment, Certificate, ItemSheet, OfferEntry, OfferList, PaymentNotice, Problem, Receipt,
    Request,
};
use crate::agencies::questura::PermitState;
use crate::flows::answer::Answer;
use crate::validate::pagopa::NoticeNumber;

/// An answer the simulator refuses, as problem+json.
pub fn problem(status: u16, code: &str, title: &str) -> Problem {
    Problem {
        kind: format!("https://serto.example/problems/{code}"),
        title: title.into(),
        status,
        detail: None,
        code: Some(code.into()),
    }
}

fn text<'a>(request: &'a Request, field: &str) -> Option<&'a str> {
    match request.answers.get(field)? {
        Answer::Text(t) | Answer::Code(t) | Answer::Choice(t) | Answer::Place(t) => Some(t),
        Answer::Offer { id, .. } => Some(id),
        _ => None,
    }
}

fn missing(field: &str) -> Problem {
    Problem {
        kind: "https://serto.example/problems/invalid-request".into(),
        title: format!("`{field}` is missing or of the wrong type"),
        status: 400,
        detail: None,
        code: Some("invalid-request".into()),
    }
}

/// The Polizia di Stato's page for these numbers (any other number is
/// "not in the archive"). Two numbers stand for the page's failures: its
/// protection refusing access, and a page whose structure changed.
const PERMIT_PAGES: &[(&str, PermitPage)] = &[
    ("012345678901", PermitPage::Answer(PermitState::InProgress)),
    ("AR12345678", PermitPage::Answer(PermitState::Ready)),
    ("112233445566", PermitPage::Answer(PermitState::InProgress)),
    ("AR20261107", PermitPage::Answer(PermitState::Ready)),
    ("AR00000403", PermitPage::AccessDenied),
    ("AR0000CHNG", PermitPage::Changed),
];

#[derive(Debug, Clone, Copy)]
enum PermitPage {
    Answer(PermitState),
    AccessDenied,
    Changed,
}

/// The public page for a number, in the structure of the real one (see
/// `docs/contracts/polizia-di-stato.md`): the answer in a `div` of class
/// `m-ok` inside the page's `content`.
pub fn permit_page(reference: &str) -> String {
    let found = PERMIT_PAGES
        .iter()
        .find(|(number, _)| *number == reference)
        .map_or(
            PermitPage::Answer(PermitState::NotInArchive),
            |(_, page)| *page,
        );
    let answer = match found {
        PermitPage::AccessDenied => {
            return "<!DOCTYPE html><html><head><title>Accesso negato</title></head>\
                    <body><h1>Accesso negato</h1><p>La richiesta &egrave; stata bloccata.</p>\
                    </body></html>"
                .to_owned();
        }
        PermitPage::Changed => {
            return "<!DOCTYPE html><html><body><main><section class=\"esito\">\
                    <p>Nuova pagina in costruzione</p></section></main></body></html>"
                .to_owned();
        }
        PermitPage::Answer(PermitState::Ready) => {
            "Il Suo permesso di soggiorno &egrave; pronto per la consegna. \
             Ricever&agrave; un SMS con il giorno e il luogo del ritiro."
        }
        PermitPage::Answer(PermitState::InProgress) => {
            "Posizione permesso di soggiorno: in lavorazione."
        }
        PermitPage::Answer(PermitState::NotInArchive) => {
            "Il documento di soggiorno non &egrave; presente in archivio."
        }
    };
    let shown: String = reference
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\">\
         <title>Permesso di soggiorno - Polizia di Stato</title></head><body>\
         <div class=\"content\"><h2>Verifica lo stato del permesso di soggiorno</h2>\
         <p>Numero pratica o assicurata: <span class=\"pratica\">{shown}</span></p>\
         <div class=\"m-ok\">{answer}</div></div></body></html>"
    )
}

/// Residents of Arezzo in the ANPR extract the Comune's simulator holds:
/// (first 15 characters of the codice fiscale — the request was checked
/// by the kiosk, check letter included —, surname, given name, address).
const RESIDENTS: &[(&str, &str, &str, &str)] = &[
    (
        "PPSNAA88B54Z129",
        "POPESCU",
        "ANA",
        "Via Vittorio Veneto 12, 52100 Arezzo",
    ),
    (
        "RHMMMM90L15Z249",
        "RAHMAN",
        "MOHAMMED ABDUL",
        "Via Fiorentina 45, 52100 Arezzo",
    ),
    (
        "HXHLRI84A12Z100",
        "HOXHA",
        "ILIR",
        "Località Il Matto 3, 52100 Arezzo",
    ),
];

pub fn certificate(request: &Request, number: u64, today: Date) -> Result<Receipt, Problem> {
    let cf = text(request, "codice_fiscale").ok_or_else(|| missing("codice_fiscale"))?;
    let kind = text(request, "certificate_type").ok_or_else(|| missing("certificate_type"))?;
    let resident = RESIDENTS
        .iter()
        .find(|r| cf.len() == 16 && cf.starts_with(r.0))
        .ok_or_else(|| {
            problem(
                404,
                "no-such-reference",
                "Not registered in the Anagrafe of Arezzo",
            )
        })?;
    let mut lines = vec![
        format!("Cognome: {}", resident.1),
        format!("Nome: {}", resident.2),
        format!("Codice fiscale: {cf}"),
    ];
    if kind.starts_with("residence") {
        lines.push(format!("Residente in: {}", resident.3));
    }
    Ok(Receipt {
        agency_reference: format!("AR-CERT-{}-{number:06}", today.year()),
        received_at: now_rfc3339(),
        appointment: None,
        payment: None,
        certificate: Some(Certificate {
            number: format!("{number:06}/{}", today.year()),
            kind: kind.into(),
            issued_on: today.to_string(),
            lines,
        }),
    })
}

/// The receipt of a plain application: the agency's protocol number.
pub fn accepted(prefix: &str, number: u64, today: Date) -> Receipt {
    Receipt {
        agency_reference: format!("{prefix}-{}-{number:06}", today.year()),
        received_at: now_rfc3339(),
        appointment: None,
        payment: None,
        certificate: None,
    }
}

fn now_rfc3339() -> String {
    jiff::Timestamp::now().to_string()
}

// --- Biblioteca: cards and the MLOL newsstand -----------------------------

const CARDS: &[(&str, &str)] = &[
    ("AR0012345", "KOVALENKO"),
    ("AR0054321", "POPESCU"),
    ("AR0099887", "RAHMAN"),
];

/// (id, title, language, kind)
const MAGAZINES: &[(&str, &str, &str, &str)] = &[
    ("pr-1001", "Corriere della Sera", "italian", "newspaper"),
    ("pr-1002", "La Nazione — Arezzo", "italian", "newspaper"),
    ("pr-1003", "Internazionale", "italian", "magazine"),
    ("pr-2001", "The Guardian", "english", "newspaper"),
    ("pr-2002", "The Economist", "english", "magazine"),
    ("pr-3001", "Le Monde", "french", "newspaper"),
    ("pr-3002", "Jeune Afrique", "french", "magazine"),
    ("pr-4001", "El País", "spanish", "newspaper"),
    (
        "pr-5001",
        "Al-Quds Al-Arabi — القدس العربي",
        "arabic",
        "newspaper",
    ),
    ("pr-5002", "Hespress — هسبريس", "arabic", "newspaper"),
    ("pr-6001", "Adevărul", "romanian", "newspaper"),
    (
        "pr-6002",
        "Gazeta Românească (Italia)",
        "romanian",
        "newspaper",
    ),
    ("pr-7001", "Panorama — Shqip", "albanian", "newspaper"),
    ("pr-8001", "Українська правда", "ukrainian", "newspaper"),
    ("pr-8002", "Дзеркало тижня", "ukrainian", "magazine"),
    ("pr-9001", "人民日报海外版", "chinese", "newspaper"),
    ("pr-9101", "Prothom Alo — প্রথম আলো", "bengali", "newspaper"),
    ("pr-9201", "Dawn", "urdu", "newspaper"),
    ("pr-9202", "Jang — جنگ", "urdu", "newspaper"),
];

fn check_card(request: &Request) -> Result<(), Problem> {
    let card = text(request, "card_number").ok_or_else(|| missing("card_number"))?;
    let surname = text(request, "card_surname").ok_or_else(|| missing("card_surname"))?;
    CARDS
        .iter()
        .any(|(c, s)| *c == card && s.eq_ignore_ascii_case(surname))
        .then_some(())
        .ok_or_else(|| {
            problem(
                403,
                "card-not-valid",
                "Library card not valid or not matching the surname",
            )
        })
}

pub fn magazine_offers(request: &Request) -> Result<OfferList, Problem> {
    check_card(request)?;
    let language =
        text(request, "magazine_language").ok_or_else(|| missing("magazine_language"))?;
    let kind = text(request, "magazine_kind").unwrap_or("any");
    Ok(OfferList {
        offers: MAGAZINES
            .iter()
            .filter(|m| m.2 == language && (kind == "any" || m.3 == kind))
            .map(|m| OfferEntry {
                id: m.0.into(),
                label: m.1.into(),
                starts_at: None,
                place: None,
            })
            .collect(),
    })
}

pub fn magazine_item(request: &Request) -> Result<ItemSheet, Problem> {
    check_card(request)?;
    let id = text(request, "magazine").ok_or_else(|| missing("magazine"))?;
    let m = MAGAZINES
        .iter()
        .find(|m| m.0 == id)
        .ok_or_else(|| problem(404, "no-such-reference", "No such title"))?;
    Ok(ItemSheet {
        id: m.0.into(),
        title: m.1.into(),
        details: BTreeMap::from([
            ("language".into(), m.2.into()),
            (
                "how-to-read".into(),
                format!(
                    "https://toscana.medialibrary.it/edicola — PressReader {}",
                    m.0
                ),
            ),
            (
                "contact".into(),
                "Biblioteca Città di Arezzo, via dei Pileati 8 — 0575 1824111".into(),
            ),
        ]),
    })
}

// --- Regione Toscana: courses and job offers ------------------------------

struct Course {
    id: &'static str,
    title: &'static str,
    area: &'static str,
    sector: &'static str,
    free: bool,
    provider: &'static str,
    place: &'static str,
    hours: &'static str,
    certificate: &'static str,
    requirements: &'static str,
    cost: &'static str,
    starts_on: &'static str,
    deadline: &'static str,
    contact: &'static str,
}

const COURSES: &[Course] = &[
    Course {
        id: "RT-2026-0412",
        title: "Operatore Socio Sanitario (OSS)",
        area: "valdarno",
        sector: "care",
        free: true,
        provider: "Agenzia formativa Valdarno Formazione",
        place: "Montevarchi, via Roma 24",
        hours: "1000 ore, di cui 450 di tirocinio",
        certificate: "Qualifica professionale regionale (EQF 3)",
        requirements: "18 anni, licenza media, italiano A2",
        cost: "Gratuito (FSE+)",
        starts_on: "2027-01-18",
        deadline: "2026-12-20",
        contact: "055 912 3456 — info@valdarnoformazione.example",
    },
    Course {
        id: "RT-2026-0388",
        title: "Assistente familiare (badante)",
        area: "arezzo",
        sector: "care",
        free: true,
        provider: "Centro Formazione Arezzo",
        place: "Arezzo, via Leone Leoni 4",
        hours: "300 ore, di cui 100 di tirocinio",
        certificate: "Attestato di qualificazione",
        requirements: "18 anni, italiano A2",
        cost: "Gratuito (GOL)",
        starts_on: "2027-02-01",
        deadline: "2027-01-15",
        contact: "0575 123 456",
    },
    Course {
        id: "RT-2026-0501",
        title: "Aiuto cuoco",
        area: "arezzo",
        sector: "catering",
        free: false,
        provider: "Scuola Alberghiera Arezzo",
        place: "Arezzo, viale Mecenate 18",
        hours: "600 ore, di cui 240 di tirocinio",
        certificate: "Qualifica professionale regionale",
        requirements: "18 anni, licenza media",
        cost: "900 euro (voucher possibile)",
        starts_on: "2027-03-01",
        deadline: "2027-02-10",
        contact: "0575 987 654",
    },
    Course {
        id: "RT-2026-0522",
        title: "Addetto al magazzino e carrellista",
        area: "valdichiana",
        sector: "logistics",
        free: true,
        provider: "Formazione Valdichiana",
        place: "Castiglion Fiorentino, zona industriale",
        hours: "120 ore",
        certificate: "Attestato e patentino carrelli elevatori",
        requirements: "18 anni",
        cost: "Gratuito (FSE+)",
        starts_on: "2027-01-11",
        deadline: "2026-12-31",
        contact: "0575 654 321",
    },
    Course {
        id: "RT-2026-0530",
        title: "Italiano per il lavoro (A2–B1)",
        area: "online",
        sector: "italian-language",
        free: true,
        provider: "CPIA 1 Arezzo",
        place: "On-line e Arezzo, via Fiorentina 179",
        hours: "100 ore",
        certificate: "Certificato di competenza linguistica",
        requirements: "Nessuno",
        cost: "Gratuito",
        starts_on: "2027-01-07",
        deadline: "2027-01-05",
        contact: "0575 300 111",
    },
    Course {
        id: "RT-2026-0544",
        title: "Tecniche di lavorazione orafa",
        area: "arezzo",
        sector: "industry",
        free: true,
        provider: "Polo Orafo Arezzo Formazione",
        place: "Arezzo, via Fiorentina 550",
        hours: "400 ore, di cui 160 di tirocinio",
        certificate: "Certificato di competenze",
        requirements: "18 anni, disoccupati iscritti al CPI",
        cost: "Gratuito (GOL)",
        starts_on: "2027-02-15",
        deadline: "2027-01-31",
        contact: "0575 380 380",
    },
    Course {
        id: "RT-2026-0560",
        title: "Muratore e addetto edile",
        area: "casentino",
        sector: "building",
        free: true,
        provider: "Scuola Edile Arezzo",
        place: "Bibbiena, via Berni 3",
        hours: "200 ore",
        certificate: "Attestato e formazione sicurezza 16 ore",
        requirements: "18 anni",
        cost: "Gratuito",
        starts_on: "2027-01-25",
        deadline: "2027-01-10",
        contact: "0575 500 200",
    },
    Course {
        id: "RT-2026-0571",
        title: "Potatura e lavori agricoli",
        area: "valtiberina",
        sector: "agriculture",
        free: false,
        provider: "Agenzia Agricola Valtiberina",
        place: "Sansepolcro, via Aggiunti 9",
        hours: "80 ore",
        certificate: "Attestato di frequenza",
        requirements: "18 anni",
        cost: "150 euro",
        starts_on: "2027-02-08",
        deadline: "2027-01-29",
        contact: "0575 740 740",
    },
    Course {
        id: "RT-2026-0580",
        title: "Computer di base e servizi on-line",
        area: "online",
        sector: "computing",
        free: true,
        provider: "Centro Formazione Arezzo",
        place: "On-line",
        hours: "40 ore",
        certificate: "Attestato di frequenza",
        requirements: "Nessuno",
        cost: "Gratuito",
        starts_on: "2027-01-12",
        deadline: "2027-01-08",
        contact: "0575 123 456",
    },
];

pub fn course_offers(request: &Request) -> Result<OfferList, Problem> {
    let area = text(request, "area").ok_or_else(|| missing("area"))?;
    let sector = text(request, "sector").ok_or_else(|| missing("sector"))?;
    let free_only = matches!(request.answers.get("free_only"), Some(Answer::YesNo(true)));
    Ok(OfferList {
        offers: COURSES
            .iter()
            .filter(|c| {
                (area == "any" || c.area == area)
                    && (sector == "any" || c.sector == sector)
                    && (!free_only || c.free)
            })
            .map(|c| OfferEntry {
                id: c.id.into(),
                label: format!("{} — {}", c.title, c.place),
                starts_at: None,
                place: None,
            })
            .collect(),
    })
}

pub fn course_item(request: &Request) -> Result<ItemSheet, Problem> {
    let id = text(request, "course").ok_or_else(|| missing("course"))?;
    let c = COURSES
        .iter()
        .find(|c| c.id == id)
        .ok_or_else(|| problem(404, "no-such-reference", "No such course"))?;
    Ok(ItemSheet {
        id: c.id.into(),
        title: c.title.into(),
        details: BTreeMap::from([
            ("provider".into(), c.provider.into()),
            ("place".into(), c.place.into()),
            ("hours".into(), c.hours.into()),
            ("certificate".into(), c.certificate.into()),
            ("requirements".into(), c.requirements.into()),
            ("cost".into(), c.cost.into()),
            ("starts-on".into(), c.starts_on.into()),
            ("deadline".into(), c.deadline.into()),
            ("contact".into(), c.contact.into()),
        ]),
    })
}

struct Job {
    id: &'static str,
    title: &'static str,
    area: &'static str,
    sector: &'static str,
    full_time: bool,
    licence: bool,
    place: &'static str,
    posts: u8,
    contract: &'static str,
    requirements: &'static str,
    deadline: &'static str,
    contact: &'static str,
}

const JOBS: &[Job] = &[
    Job {
        id: "AR-2026-118",
        title: "Addetto/a pulitura metalli preziosi",
        area: "arezzo",
        sector: "industry",
        full_time: true,
        licence: false,
        place: "Arezzo (zona San Zeno)",
        posts: 2,
        contract: "Tempo determinato 6 mesi, poi possibile indeterminato",
        requirements: "Manualità; esperienza non necessaria",
        deadline: "2026-12-15",
        contact: "Centro per l'Impiego di Arezzo, via Monte Cervino 24",
    },
    Job {
        id: "AR-2026-121",
        title: "Operaio/a metalmeccanico",
        area: "valdarno",
        sector: "industry",
        full_time: true,
        licence: true,
        place: "San Giovanni Valdarno",
        posts: 3,
        contract: "Somministrazione 3 mesi",
        requirements: "Patente B, turni",
        deadline: "2026-12-10",
        contact: "CPI di San Giovanni Valdarno, via Genova 1",
    },
    Job {
        id: "AR-2026-130",
        title: "Assistente familiare convivente",
        area: "casentino",
        sector: "care",
        full_time: true,
        licence: false,
        place: "Poppi",
        posts: 1,
        contract: "Lavoro domestico, tempo indeterminato",
        requirements: "Italiano A2, esperienza con anziani",
        deadline: "2026-12-31",
        contact: "Centro per l'Impiego di Arezzo, sede di Bibbiena",
    },
    Job {
        id: "AR-2026-134",
        title: "Aiuto cuoco/a",
        area: "arezzo",
        sector: "catering",
        full_time: false,
        licence: false,
        place: "Arezzo centro",
        posts: 1,
        contract: "Part-time 24 ore, tempo determinato",
        requirements: "Esperienza minima in cucina",
        deadline: "2026-12-12",
        contact: "Centro per l'Impiego di Arezzo, via Monte Cervino 24",
    },
    Job {
        id: "AR-2026-140",
        title: "Addetto/a pulizie uffici",
        area: "arezzo",
        sector: "cleaning",
        full_time: false,
        licence: false,
        place: "Arezzo",
        posts: 4,
        contract: "Part-time 20 ore, tempo indeterminato",
        requirements: "Nessuno",
        deadline: "2026-12-20",
        contact: "Centro per l'Impiego di Arezzo, via Monte Cervino 24",
    },
    Job {
        id: "AR-2026-152",
        title: "Magazziniere/a con patentino muletto",
        area: "valdichiana",
        sector: "logistics",
        full_time: true,
        licence: true,
        place: "Foiano della Chiana",
        posts: 2,
        contract: "Tempo determinato 12 mesi",
        requirements: "Patentino carrelli elevatori, patente B",
        deadline: "2026-12-18",
        contact: "CPI di Arezzo, sportello di Civitella (Badia al Pino)",
    },
    Job {
        id: "AR-2026-160",
        title: "Muratore",
        area: "valtiberina",
        sector: "building",
        full_time: true,
        licence: true,
        place: "Sansepolcro",
        posts: 1,
        contract: "Tempo indeterminato",
        requirements: "Esperienza 2 anni, patente B",
        deadline: "2027-01-10",
        contact: "CPI di Arezzo, sportello di Sestino",
    },
    Job {
        id: "AR-2026-171",
        title: "Addetto/a alla raccolta in vigneto",
        area: "valdichiana",
        sector: "agriculture",
        full_time: true,
        licence: false,
        place: "Cortona",
        posts: 8,
        contract: "Stagionale agricolo",
        requirements: "Nessuno",
        deadline: "2026-12-05",
        contact: "Centro per l'Impiego di Arezzo, via Monte Cervino 24",
    },
    Job {
        id: "AR-2026-175",
        title: "Commesso/a negozio alimentari",
        area: "valdarno",
        sector: "retail",
        full_time: false,
        licence: false,
        place: "Montevarchi",
        posts: 1,
        contract: "Part-time 30 ore, apprendistato",
        requirements: "Italiano B1, fino a 29 anni",
        deadline: "2026-12-22",
        contact: "CPI di San Giovanni Valdarno, via Genova 1",
    },
];

pub fn job_offers(request: &Request) -> Result<OfferList, Problem> {
    let area = text(request, "area").ok_or_else(|| missing("area"))?;
    let sector = text(request, "sector").ok_or_else(|| missing("sector"))?;
    let hours = text(request, "hours").unwrap_or("any");
    let has_licence = !matches!(
        request.answers.get("driving_licence"),
        Some(Answer::YesNo(false))
    );
    Ok(OfferList {
        offers: JOBS
            .iter()
            .filter(|j| {
                (area == "any" || j.area == area)
                    && (sector == "any" || j.sector == sector)
                    && (hours == "any" || (hours == "full-time") == j.full_time)
                    && (has_licence || !j.licence)
            })
            .map(|j| OfferEntry {
                id: j.id.into(),
                label: format!("{} — {}", j.title, j.place),
                starts_at: None,
                place: None,
            })
            .collect(),
    })
}

pub fn job_item(request: &Request) -> Result<ItemSheet, Problem> {
    let id = text(request, "offer").ok_or_else(|| missing("offer"))?;
    let j = JOBS
        .iter()
        .find(|j| j.id == id)
        .ok_or_else(|| problem(404, "no-such-reference", "No such offer"))?;
    Ok(ItemSheet {
        id: j.id.into(),
        title: j.title.into(),
        details: BTreeMap::from([
            ("place".into(), j.place.into()),
            ("posts".into(), j.posts.to_string()),
            ("contract".into(), j.contract.into()),
            (
                "hours".into(),
                if j.full_time {
                    "Tempo pieno"
                } else {
                    "Part-time"
                }
                .into(),
            ),
            ("requirements".into(), j.requirements.into()),
            ("deadline".into(), j.deadline.into()),
            ("contact".into(), j.contact.into()),
        ]),
    })
}

// --- USL Toscana Sud Est: CUP slots, bookings and pagoPA notices ----------

/// (area, site)
const SITES: &[(&str, &str)] = &[
    ("arezzo", "Ospedale San Donato, Arezzo"),
    ("arezzo", "Casa della Salute Arezzo Sud, via Guadagnoli"),
    ("valdarno", "Ospedale del Valdarno, Montevarchi"),
    ("valdarno", "Casa della Salute, San Giovanni Valdarno"),
    ("casentino", "Ospedale del Casentino, Bibbiena"),
    ("valtiberina", "Ospedale della Valtiberina, Sansepolcro"),
    (
        "valdichiana",
        "Ospedale Santa Margherita, La Fratta (Cortona)",
    ),
];

/// The USL's fiscal code (ente creditore of the ticket).
pub const USL_FISCAL_CODE: &str = "02236310518";
pub const TICKET_CENTS: u64 = 3615;

/// Slots of the next three weeks for a prescription, from the day after
/// tomorrow: ids encode site and time so a booking can be checked.
pub fn slots(request: &Request, today: Date) -> Result<OfferList, Problem> {
    let nre = text(request, "nre").ok_or_else(|| missing("nre"))?;
    text(request, "patient_code").ok_or_else(|| missing("patient_code"))?;
    // Prescriptions of the Toscana region start with its code, 090.
    if !nre.starts_with("090") {
        return Err(problem(
            404,
            "prescription-not-found",
            "Prescription not found in the Toscana region",
        ));
    }
    let area = text(request, "area").unwrap_or("any");
    let mut offers = Vec::new();
    for (site_index, (site_area, site)) in SITES.iter().enumerate() {
        if area != "any" && *site_area != area {
            continue;
        }
        for day in [2_i64, 5, 9, 16] {
            let Ok(when) = today.checked_add(jiff::Span::new().days(day + site_index as i64))
            else {
                continue;
            };
            let at = when.at(8 + (site_index as i8 % 5), 20 * (day as i8 % 3), 0, 0);
            offers.push(OfferEntry {
                id: format!("cup-{site_index}-{}", at.strftime("%Y%m%d%H%M")),
                label: format!("{} — {}", at.strftime("%d/%m/%Y %H:%M"), site),
                starts_at: Some(at.strftime("%Y-%m-%dT%H:%M").to_string()),
                place: Some((*site).to_owned()),
            });
        }
    }
    // The earliest first, as a CUP lists them.
    offers.sort_by(|a, b| a.starts_at.cmp(&b.starts_at));
    Ok(OfferList { offers })
}

fn parse_slot(id: &str) -> Option<(usize, DateTime)> {
    let rest = id.strip_prefix("cup-")?;
    let (site, when) = rest.split_once('-')?;
    let site: usize = site.parse().ok()?;
    SITES.get(site)?;
    let at = DateTime::strptime("%Y%m%d%H%M", when).ok()?;
    Some((site, at))
}

pub fn booking(request: &Request, number: u64, today: Date) -> Result<Receipt, Problem> {
    let slot = text(request, "slot").ok_or_else(|| missing("slot"))?;
    let (site, at) = parse_slot(slot)
        .ok_or_else(|| problem(409, "slot-taken", "This slot is no longer available"))?;
    let nre = text(request, "nre").ok_or_else(|| missing("nre"))?;
    // A prescription whose number ends in 96–99 gets a notice of pagoPA's
    // error scenarios (`simulator/pagopa.rs`): paid, unreachable, timeout,
    // expired.
    let scenario = nre
        .get(nre.len().saturating_sub(2)..)
        .and_then(|d| d.parse::<u64>().ok())
        .filter(|d| (96..=99).contains(d));
    let notice = match scenario {
        Some(digits) => NoticeNumber::with_segregation_code(2, digits * 100_000_000_000 + number),
        None => NoticeNumber::with_segregation_code(1, 2_026_000_000_000 + number),
    }
    .ok_or_else(|| problem(500, "internal", "notice numbering exhausted"))?;
    let due = at
        .date()
        .min(today.saturating_add(jiff::Span::new().days(30)));
    Ok(Receipt {
        agency_reference: format!("CUP-{}-{number:06}", today.year()),
        received_at: now_rfc3339(),
        appointment: Some(Appointment {
            starts_at: at.strftime("%Y-%m-%dT%H:%M").to_string(),
            place: SITES[site].1.into(),
            booking_code: Some(format!("P{number:08}")),
        }),
        payment: Some(PaymentNotice {
            notice_number: notice.as_str().into(),
            creditor_fiscal_code: USL_FISCAL_CODE.into(),
            creditor_name: "Azienda USL Toscana Sud Est".into(),
            amount_cents: TICKET_CENTS,
            due_date: due.to_string(),
            description: "Ticket prestazione specialistica ambulatoriale".into(),
        }),
        certificate: None,
    })
}
