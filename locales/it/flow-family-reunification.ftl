## Ricongiungimento familiare: assets/flows/family-reunification.toml.

flow-family-reunification-page-permit = Il tuo permesso di soggiorno
flow-family-reunification-permit_type = Che tipo di permesso hai?
flow-family-reunification-permit_type-work = Lavoro subordinato
flow-family-reunification-permit_type-self-employment = Lavoro autonomo
flow-family-reunification-permit_type-family = Motivi familiari
flow-family-reunification-permit_type-long-term = Soggiornante di lungo periodo (UE)
flow-family-reunification-permit_type-study = Studio
flow-family-reunification-permit_type-asylum = Asilo o protezione sussidiaria
flow-family-reunification-permit_type-other = Altro
flow-family-reunification-permit_one_year = Il tuo permesso dura almeno un anno?
flow-family-reunification-permit_one_year-hint = Guarda la data di rilascio e la data di scadenza sul permesso.
flow-family-reunification-permit-too-short = Per chiedere il ricongiungimento serve un permesso di almeno un anno. Chiedi all'operatore quali altre strade ci sono.

flow-family-reunification-family-add-another = Vuoi aggiungere un altro familiare?
flow-family-reunification-page-member = Il familiare che vuoi far venire in Italia
flow-family-reunification-relationship = Chi è per te?
flow-family-reunification-relationship-spouse = Marito o moglie
flow-family-reunification-relationship-minor-child = Figlio o figlia minorenne
flow-family-reunification-relationship-adult-child-disabled = Figlio o figlia maggiorenne con invalidità totale
flow-family-reunification-relationship-parent = Genitore a carico
flow-family-reunification-member_surname = Cognome
flow-family-reunification-member_given_name = Nome
flow-family-reunification-member_birth_date = Data di nascita
flow-family-reunification-member_country = Stato in cui vive ora
flow-family-reunification-member_country-hint = Il visto si chiede al consolato italiano di quello Stato.
flow-family-reunification-age-does-not-fit = L'età non corrisponde: il coniuge deve avere almeno 18 anni, un figlio minorenne meno di 18.

flow-family-reunification-annual_income = Il tuo reddito dell'ultimo anno, in euro
flow-family-reunification-annual_income-hint = Il totale lordo della Certificazione Unica o della dichiarazione dei redditi. Puoi sommare il reddito dei familiari che vivono con te.
# Variables: $income_threshold (number)
flow-family-reunification-income-too-low = Per questo numero di familiari serve un reddito di almeno { NUMBER($income_threshold, minimumFractionDigits: 2) } euro all'anno. Chiedi all'operatore: a volte si può sommare il reddito di altri familiari.

flow-family-reunification-page-housing = La casa dove abiterete
flow-family-reunification-dwelling_area = Quanti metri quadrati è la casa?
flow-family-reunification-dwelling_area-hint = È scritto sul contratto di affitto o sulla planimetria.
# Variables: $housing_minimum (number)
flow-family-reunification-housing-too-small = Per tutte le persone che abiteranno nella casa servono almeno { NUMBER($housing_minimum, maximumFractionDigits: 0) } metri quadrati.
flow-family-reunification-housing_certificate = Hai il certificato di idoneità alloggiativa del Comune?
flow-family-reunification-housing_certificate-hint = Se non lo hai ancora, chiedilo all'Ufficio casa del Comune: serve per la domanda.

flow-family-reunification-page-applicant = I tuoi dati
flow-family-reunification-surname = Cognome
flow-family-reunification-given_name = Nome
flow-family-reunification-codice_fiscale = Codice fiscale

flow-family-reunification-page-contacts = Come ti contattiamo
flow-family-reunification-phone = Numero di telefono
flow-family-reunification-email = E-mail (se ce l'hai)

flow-family-reunification-what_next = La domanda va allo Sportello Unico per l'Immigrazione della Prefettura, che chiede il parere della Questura. Il nulla osta arriva entro 90 giorni. Poi il familiare chiede il visto al consolato italiano; entro 8 giorni dall'arrivo in Italia dovete andare insieme allo Sportello Unico.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-family-reunification-portal_ready = Il tuo SPID o la tua CIE con il PIN; il permesso di soggiorno; il passaporto tuo e quelli dei familiari; il contratto di affitto o di proprietà della casa e il certificato di idoneità dell'alloggio del Comune; il reddito dell'ultimo anno (CU o dichiarazione dei redditi); i dati di una marca da bollo da 16 euro.
