## Change of residence: the questions of assets/flows/residence-change.toml.

flow-residence-change-reason = Pse po ndryshon vendbanimin?
flow-residence-change-reason-from-other-comune = Vij nga një Comune (bashki) tjetër italiane
flow-residence-change-reason-from-abroad = Vij nga jashtë shtetit
flow-residence-change-reason-within-comune = Ndryshoj adresë brenda Arezzo
flow-residence-change-reason-other = Arsye tjetër
flow-residence-change-previous_comune = Nga cila Comune (bashki) vjen?
flow-residence-change-previous_comune-hint = Comune ku kishe vendbanimin më parë.
flow-residence-change-previous_country = Nga cili shtet vjen?

flow-residence-change-page-applicant = Të dhënat e tua
flow-residence-change-surname = Mbiemri
flow-residence-change-given_name = Emri
flow-residence-change-sex = Gjinia
flow-residence-change-sex-female = Femër
flow-residence-change-sex-male = Mashkull

flow-residence-change-page-applicant-birth = Lindja jote
flow-residence-change-birth_date = Data e lindjes
flow-residence-change-birth_country = Shteti i lindjes
flow-residence-change-adult-required = Kush bën deklaratën duhet të jetë madhor (18 vjeç e lart). Një i mitur shtohet si person që shpërngulet me ty.

flow-residence-change-page-applicant-codes = Codice fiscale dhe shtetësia
flow-residence-change-codice_fiscale = Codice fiscale (kodi tatimor)
flow-residence-change-codice_fiscale-hint = Është në kartën shëndetësore (tessera sanitaria): 16 karaktere, ose 11 shifra nëse është i përkohshëm.
flow-residence-change-citizenship = Shtetësia

flow-residence-change-civil_status = Gjendja civile
flow-residence-change-civil_status-single = Beqar ose beqare
flow-residence-change-civil_status-married = I martuar ose e martuar
flow-residence-change-civil_status-civil-union = Në bashkim civil
flow-residence-change-civil_status-separated = I ndarë ose e ndarë
flow-residence-change-civil_status-divorced = I divorcuar ose e divorcuar
flow-residence-change-civil_status-widowed = I ve ose e ve

flow-residence-change-page-address = Adresa e re në Arezzo
flow-residence-change-street = Rruga ose sheshi
flow-residence-change-street-hint = Për shembull: Via Roma.
flow-residence-change-house_number = Numri i shtëpisë
flow-residence-change-interior = Numri i apartamentit (nëse ka)
flow-residence-change-cap = CAP (kodi postar)
flow-residence-change-cap-arezzo = Ky CAP nuk është i Comune di Arezzo: CAP-i i qytetit është 52100.

flow-residence-change-others_registered = A ka tashmë persona të tjerë me vendbanim në këtë shtëpi?
flow-residence-change-others_registered-hint = Nëse po, kryefamiljari i asaj familjeje duhet të nënshkruajë pëlqimin e tij.
flow-residence-change-registered_holder = Emri dhe mbiemri i kryefamiljarit (intestatario della scheda di famiglia)
flow-residence-change-registered_holder-hint = Personi që banon tashmë këtu dhe nënshkruan pëlqimin.

flow-residence-change-title = Me çfarë të drejte jeton në këtë shtëpi?
flow-residence-change-title-owner = Jam pronar
flow-residence-change-title-lease = Kam kontratë qiraje të regjistruar
flow-residence-change-title-public-housing = Shtëpi popullore (ERP)
flow-residence-change-title-free-loan = Përdorim falas i regjistruar (comodato d'uso)
flow-residence-change-title-usufruct = Uzufrukt
flow-residence-change-title-other = Tjetër (mysafir, bashkëjetesë)

flow-residence-change-page-lease = Të dhënat e regjistrimit të kontratës
flow-residence-change-lease_office = Zyra e Agenzia delle Entrate (zyra e tatimeve)
flow-residence-change-lease_office-hint = Është shkruar në dëftesën e regjistrimit të kontratës.
flow-residence-change-lease_date = Data e regjistrimit
flow-residence-change-lease_number = Numri i regjistrimit

flow-residence-change-members-add-another = A shpërngulet me ty edhe një person tjetër?
flow-residence-change-page-member = Një person që shpërngulet me ty
flow-residence-change-member_surname = Mbiemri
flow-residence-change-member_given_name = Emri
flow-residence-change-member_birth_date = Data e lindjes
flow-residence-change-member_relationship = Çfarë lidhje ka me ty?
flow-residence-change-member_relationship-spouse = Bashkëshort ose bashkëshorte
flow-residence-change-member_relationship-partner = Bashkëjetues ose bashkëjetuese
flow-residence-change-member_relationship-child = Djalë ose vajzë
flow-residence-change-member_relationship-parent = Prind
flow-residence-change-member_relationship-sibling = Vëlla ose motër
flow-residence-change-member_relationship-other = Tjetër
flow-residence-change-page-member-codes = Codice fiscale dhe shtetësia e personit
flow-residence-change-member_codice_fiscale = Codice fiscale (nëse e ka)
flow-residence-change-member_citizenship = Shtetësia

flow-residence-change-page-contacts = Si të kontaktojmë
flow-residence-change-phone = Numri i telefonit
flow-residence-change-email = E-mail (nëse ke)

flow-residence-change-what_next = Kërkesa jote është për të dorëzuar deklaratën: deklarata vlen vetëm kur e kanë nënshkruar të gjithë personat madhorë që shpërngulen (kutitë në formular) dhe e keni dorëzuar në sportelin e gjendjes civile (anagrafe), ose e keni dërguar me PEC (email i certifikuar), me dokumentet e identitetit të të gjithëve dhe lejen e qëndrimit (ose dëftesën e kërkesës). Nga ajo ditë, Comune e regjistron vendbanimin brenda 2 ditëve pune; brenda 45 ditëve Polizia Municipale (policia bashkiake) mund të vijë të kontrollojë që jeton në këtë adresë: nëse nuk merr asnjë njoftim, vendbanimi është i konfirmuar.
