## Certificati anagrafici: assets/flows/certificates.toml.

flow-certificates-certificate_type = Quale certificato ti serve?
flow-certificates-certificate_type-residence = Residenza
flow-certificates-certificate_type-family-status = Stato di famiglia
flow-certificates-certificate_type-residence-and-family = Residenza e stato di famiglia
flow-certificates-certificate_type-civil-status = Stato civile
flow-certificates-certificate_type-birth = Nascita
flow-certificates-certificate_type-marriage = Matrimonio
flow-certificates-certificate_type-existence = Esistenza in vita

flow-certificates-page-holder = Di chi è il certificato
flow-certificates-codice_fiscale = Codice fiscale della persona
flow-certificates-codice_fiscale-hint = Puoi chiedere solo i certificati di persone residenti ad Arezzo.
flow-certificates-surname = Cognome della persona

flow-certificates-use = A cosa ti serve il certificato?
flow-certificates-use-hint = Il certificato costa 16 euro di marca da bollo, tranne per alcuni usi previsti dalla legge.
flow-certificates-use-stamp-duty = Altro uso (con marca da bollo da 16 euro)
flow-certificates-use-school = Scuola o borsa di studio (gratis)
flow-certificates-use-pension = Pensione (gratis)
flow-certificates-use-social-assistance = Assistenza sociale o sussidi (gratis)
flow-certificates-use-legal-aid = Gratuito patrocinio (gratis)
flow-certificates-use-sport = Attività sportiva dilettantistica (gratis)

flow-certificates-copies = Quante copie?

flow-certificates-what_next = Il certificato vale 6 mesi. Non si può consegnare a uffici pubblici o a gestori di servizi pubblici: a loro basta una tua dichiarazione (autocertificazione). Se il certificato è in bollo, compra una marca da bollo da 16 euro in tabaccheria e incollala sul certificato, nello spazio indicato, prima di usarlo.
