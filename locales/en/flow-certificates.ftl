## Registry certificates: assets/flows/certificates.toml.

flow-certificates-certificate_type = Which certificate do you need?
flow-certificates-certificate_type-residence = Residence
flow-certificates-certificate_type-family-status = Family status
flow-certificates-certificate_type-residence-and-family = Residence and family status
flow-certificates-certificate_type-civil-status = Marital status
flow-certificates-certificate_type-birth = Birth
flow-certificates-certificate_type-marriage = Marriage
flow-certificates-certificate_type-existence = Proof of life

flow-certificates-page-holder = Whose certificate it is
flow-certificates-codice_fiscale = The person's tax code (codice fiscale)
flow-certificates-codice_fiscale-hint = You can only ask for certificates of people resident in Arezzo.
flow-certificates-surname = The person's surname

flow-certificates-use = What do you need the certificate for?
flow-certificates-use-hint = The certificate costs a 16 euro revenue stamp (marca da bollo), except for some uses set by law.
flow-certificates-use-stamp-duty = Another use (with a 16 euro revenue stamp)
flow-certificates-use-school = School or study grant (free)
flow-certificates-use-pension = Pension (free)
flow-certificates-use-social-assistance = Social assistance or benefits (free)
flow-certificates-use-legal-aid = Legal aid (free)
flow-certificates-use-sport = Amateur sport (free)

flow-certificates-copies = How many copies?

flow-certificates-what_next = The certificate is valid for 6 months. It cannot be given to public offices or public-service providers: for them your own declaration (autocertificazione) is enough. If the certificate is with a stamp, buy a 16 euro marca da bollo (revenue stamp) at a tobacconist and glue it on the certificate, in the space shown, before using it.
