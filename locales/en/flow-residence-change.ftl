## Change of residence: the questions of assets/flows/residence-change.toml.

flow-residence-change-reason = Why are you changing your residence?
flow-residence-change-reason-from-other-comune = I am coming from another Italian municipality
flow-residence-change-reason-from-abroad = I am coming from abroad
flow-residence-change-reason-within-comune = I am moving within Arezzo
flow-residence-change-reason-other = Another reason
flow-residence-change-previous_comune = Which municipality are you coming from?
flow-residence-change-previous_comune-hint = The municipality where you were resident before.
flow-residence-change-previous_country = Which country are you coming from?

flow-residence-change-page-applicant = About you
flow-residence-change-surname = Surname
flow-residence-change-given_name = Given name
flow-residence-change-sex = Sex
flow-residence-change-sex-female = Female
flow-residence-change-sex-male = Male

flow-residence-change-page-applicant-birth = Your birth
flow-residence-change-birth_date = Date of birth
flow-residence-change-birth_country = Country of birth
flow-residence-change-adult-required = The person making the declaration must be an adult. Add a minor as a person moving with you.

flow-residence-change-page-applicant-codes = Tax code and citizenship
flow-residence-change-codice_fiscale = Tax code (codice fiscale)
flow-residence-change-codice_fiscale-hint = It is on your health card: 16 characters, or 11 digits if it is temporary.
flow-residence-change-citizenship = Citizenship

flow-residence-change-civil_status = Marital status
flow-residence-change-civil_status-single = Single
flow-residence-change-civil_status-married = Married
flow-residence-change-civil_status-civil-union = In a civil union
flow-residence-change-civil_status-separated = Separated
flow-residence-change-civil_status-divorced = Divorced
flow-residence-change-civil_status-widowed = Widowed

flow-residence-change-page-address = Your new address in Arezzo
flow-residence-change-street = Street or square
flow-residence-change-street-hint = For example: Via Roma.
flow-residence-change-house_number = House number
flow-residence-change-interior = Flat number (if any)
flow-residence-change-cap = Postcode (CAP)
flow-residence-change-cap-arezzo = This postcode is not in the Comune di Arezzo: the city's postcode is 52100.

flow-residence-change-others_registered = Are other people already resident in this home?
flow-residence-change-others_registered-hint = If so, the head of that household will have to sign their consent.
flow-residence-change-registered_holder = Name and surname of the head of the household already resident
flow-residence-change-registered_holder-hint = The resident person who signs the consent.

flow-residence-change-title = On what basis do you live in this home?
flow-residence-change-title-owner = I own it
flow-residence-change-title-lease = I have a registered rental contract
flow-residence-change-title-public-housing = Public housing (ERP)
flow-residence-change-title-free-loan = Registered free loan (comodato)
flow-residence-change-title-usufruct = Usufruct
flow-residence-change-title-other = Other (guest, living together)

flow-residence-change-page-lease = Registration of the contract
flow-residence-change-lease_office = Office of the Agenzia delle Entrate
flow-residence-change-lease_office-hint = It is written on the contract's registration receipt.
flow-residence-change-lease_date = Date of registration
flow-residence-change-lease_number = Registration number

flow-residence-change-members-add-another = Is another person moving with you?
flow-residence-change-page-member = A person moving with you
flow-residence-change-member_surname = Surname
flow-residence-change-member_given_name = Given name
flow-residence-change-member_birth_date = Date of birth
flow-residence-change-member_relationship = How are they related to you?
flow-residence-change-member_relationship-spouse = Spouse
flow-residence-change-member_relationship-partner = Partner
flow-residence-change-member_relationship-child = Son or daughter
flow-residence-change-member_relationship-parent = Parent
flow-residence-change-member_relationship-sibling = Brother or sister
flow-residence-change-member_relationship-other = Other
flow-residence-change-page-member-codes = The person's tax code and citizenship
flow-residence-change-member_codice_fiscale = Tax code (if they have one)
flow-residence-change-member_citizenship = Citizenship

flow-residence-change-page-contacts = How we contact you
flow-residence-change-phone = Phone number
flow-residence-change-email = E-mail (if you have one)

flow-residence-change-what_next = Your request is for handing in the declaration: the declaration is valid only when all the adults who are moving have signed it (the boxes on the form) and you have handed it in at the anagrafe (registry office) counter, or sent it by PEC (certified e-mail), with everyone's identity documents and your residence permit (or the receipt of your application). From that day the Comune registers the residence within 2 working days; within 45 days the Polizia Municipale (local police) may come to check that you live at this address: if you hear nothing, your residence is confirmed.
