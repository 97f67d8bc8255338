## Cambio di residenza: the questions of assets/flows/residence-change.toml.

flow-residence-change-reason = Perché cambi residenza?
flow-residence-change-reason-from-other-comune = Arrivo da un altro comune italiano
flow-residence-change-reason-from-abroad = Arrivo dall'estero
flow-residence-change-reason-within-comune = Cambio indirizzo dentro Arezzo
flow-residence-change-reason-other = Altro motivo
flow-residence-change-previous_comune = Da quale comune arrivi?
flow-residence-change-previous_comune-hint = Il comune dove avevi la residenza prima.
flow-residence-change-previous_country = Da quale Stato arrivi?

flow-residence-change-page-applicant = I tuoi dati
flow-residence-change-surname = Cognome
flow-residence-change-given_name = Nome
flow-residence-change-sex = Sesso
flow-residence-change-sex-female = Femmina
flow-residence-change-sex-male = Maschio

flow-residence-change-page-applicant-birth = La tua nascita
flow-residence-change-birth_date = Data di nascita
flow-residence-change-birth_country = Stato di nascita
flow-residence-change-adult-required = Chi fa la dichiarazione deve essere maggiorenne. Un minore si aggiunge come persona che si trasferisce.

flow-residence-change-page-applicant-codes = Codice fiscale e cittadinanza
flow-residence-change-codice_fiscale = Codice fiscale
flow-residence-change-codice_fiscale-hint = È sulla tessera sanitaria: 16 caratteri, oppure 11 cifre se è provvisorio.
flow-residence-change-citizenship = Cittadinanza

flow-residence-change-civil_status = Stato civile
flow-residence-change-civil_status-single = Celibe o nubile
flow-residence-change-civil_status-married = Coniugato o coniugata
flow-residence-change-civil_status-civil-union = Unito o unita civilmente
flow-residence-change-civil_status-separated = Separato o separata
flow-residence-change-civil_status-divorced = Divorziato o divorziata
flow-residence-change-civil_status-widowed = Vedovo o vedova

flow-residence-change-page-address = Il nuovo indirizzo ad Arezzo
flow-residence-change-street = Via o piazza
flow-residence-change-street-hint = Per esempio: Via Roma.
flow-residence-change-house_number = Numero civico
flow-residence-change-interior = Interno (se c'è)
flow-residence-change-cap = CAP
flow-residence-change-cap-arezzo = Questo CAP non è del Comune di Arezzo: il CAP della città è 52100.

flow-residence-change-others_registered = Ci sono già altre persone con la residenza in questa casa?
flow-residence-change-others_registered-hint = Se sì, l'intestatario della scheda di famiglia dovrà firmare il suo consenso.
flow-residence-change-registered_holder = Nome e cognome dell'intestatario della scheda di famiglia
flow-residence-change-registered_holder-hint = La persona già residente che firma il consenso.

flow-residence-change-title = Con quale titolo abiti in questa casa?
flow-residence-change-title-owner = Sono proprietario
flow-residence-change-title-lease = Ho un contratto di affitto registrato
flow-residence-change-title-public-housing = Casa popolare (ERP)
flow-residence-change-title-free-loan = Comodato d'uso registrato
flow-residence-change-title-usufruct = Usufrutto
flow-residence-change-title-other = Altro (ospite, convivenza)

flow-residence-change-page-lease = Dati della registrazione del contratto
flow-residence-change-lease_office = Ufficio dell'Agenzia delle Entrate
flow-residence-change-lease_office-hint = È scritto sulla ricevuta di registrazione del contratto.
flow-residence-change-lease_date = Data di registrazione
flow-residence-change-lease_number = Numero di registrazione

flow-residence-change-members-add-another = Si trasferisce con te un'altra persona?
flow-residence-change-page-member = Una persona che si trasferisce con te
flow-residence-change-member_surname = Cognome
flow-residence-change-member_given_name = Nome
flow-residence-change-member_birth_date = Data di nascita
flow-residence-change-member_relationship = Che rapporto ha con te?
flow-residence-change-member_relationship-spouse = Coniuge
flow-residence-change-member_relationship-partner = Convivente
flow-residence-change-member_relationship-child = Figlio o figlia
flow-residence-change-member_relationship-parent = Genitore
flow-residence-change-member_relationship-sibling = Fratello o sorella
flow-residence-change-member_relationship-other = Altro
flow-residence-change-page-member-codes = Codice fiscale e cittadinanza della persona
flow-residence-change-member_codice_fiscale = Codice fiscale (se lo ha)
flow-residence-change-member_citizenship = Cittadinanza

flow-residence-change-page-contacts = Come ti contattiamo
flow-residence-change-phone = Numero di telefono
flow-residence-change-email = E-mail (se ce l'hai)

flow-residence-change-what_next = La tua richiesta è per consegnare la dichiarazione: la dichiarazione vale solo quando l'hanno firmata tutte le persone maggiorenni che si trasferiscono (le caselle sul modulo) e l'avete consegnata allo sportello anagrafe, o inviata per PEC, con i documenti d'identità di tutti e il permesso di soggiorno (o la ricevuta della richiesta). Da quel giorno il Comune registra la residenza entro 2 giorni lavorativi; entro 45 giorni la Polizia Municipale può venire a controllare che abiti a questo indirizzo: se non ricevi comunicazioni, la residenza è confermata.
