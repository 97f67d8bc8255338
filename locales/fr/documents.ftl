## The printed documents: receipt, payment notice, forms, sheets, slips.

doc-when = Date et heure
doc-kiosk = Borne
# Variables: $phone (string)
doc-help = Pour de l'aide, adressez-vous au guichet ou appelez le { $phone }.
doc-receipt-title = Reçu
doc-service = Service
doc-reference = Le numéro de votre demande. Gardez-le : il sert pour savoir où en est votre demande.
doc-appointment = Rendez-vous
doc-booking-code = Code de réservation (il sert pour annuler)
doc-next = Ce qui se passe maintenant
doc-keep = Gardez cette feuille.

doc-payment-title = Avis de paiement pagoPA
doc-payment-creditor = Organisme à payer
doc-payment-creditor-code = Code fiscal de l'organisme
doc-payment-subject = Pour quoi vous payez
doc-payment-amount = Montant
doc-payment-due = À payer avant le
doc-payment-notice-number = Code de l'avis
doc-payment-how = Vous pouvez payer avec l'app IO, à la banque, à la poste, dans un bureau de tabac ou en pharmacie : montrez le code QR ou le code de l'avis.
doc-payment-pay-now = Pour payer tout de suite avec votre téléphone, scannez ce code : la page de paiement pagoPA s'ouvre.

doc-certificate-title = Certificat
doc-certificate-number = Numéro du certificat
doc-certificate-issued = Délivré le
doc-certificate-stamp = Marca da bollo (timbre fiscal) de 16 € (seulement si le certificat est avec timbre : collez-la ici avant d'utiliser le certificat)

doc-where-title = Où vérifier
doc-where-permit-status = Vous pouvez vérifier votre permis sur le site de la Polizia di Stato (police italienne) (questure.poliziadistato.it, section étrangers) avec le numéro du reçu de la Poste, ou demander à la Questura di Arezzo, Ufficio Immigrazione.
doc-where-citizenship-status = Vous pouvez vérifier votre demande sur le portail ALI du Ministero dell'Interno (ministère de l'Intérieur) (portaleservizi.dlci.interno.it) avec SPID ou CIE, ou demander à la Prefettura di Arezzo.
doc-where-italian-test-a2 = Vous pouvez voir le résultat sur le portail ALI du Ministero dell'Interno (ministère de l'Intérieur) (portaleservizi.dlci.interno.it) avec SPID ou CIE, ou demander à la Prefettura di Arezzo.
doc-where-online-magazines = Vous pouvez entrer depuis chez vous sur le site de la bibliothèque (toscana.medialibrary.it) avec votre carte, ou demander à la Biblioteca Città di Arezzo, via dei Pileati 8.
doc-where-training-courses = Vous pouvez demander au Centro per l'Impiego (agence pour l'emploi) d'Arezzo, via Monte Cervino 24, ou chercher sur le site de la Regione Toscana.
doc-where-job-offers = Vous pouvez chercher sur le site Toscana Lavoro (lavoro.regione.toscana.it) ou demander au Centro per l'Impiego (agence pour l'emploi) d'Arezzo, via Monte Cervino 24.

doc-form-title = Formulaire rempli à la borne
doc-form-declaration = Je déclare que les informations écrites ci-dessus sont vraies. Apportez ce formulaire signé au bureau, avec une pièce d'identité.
doc-form-date = Date
doc-form-signature = Signature
# The declaration above the signatures of a residence declaration (DPR
# 445/2000 artt. 75-76; Min. Interno circ. 9/2012).
doc-form-declaration-dpr-445 = Conscients des responsabilités pénales en cas de fausses déclarations (articles 75 et 76 du DPR 445/2000), nous déclarons que les informations écrites ci-dessus sont vraies. La déclaration n'est valable que lorsque toutes les personnes majeures qui déménagent l'ont signée et qu'elle a été remise, avec une copie de la pièce d'identité de chacune, au bureau de l'état civil (anagrafe) : au guichet, par lettre recommandée (raccomandata) ou par PEC (courriel certifié).
doc-yes = Oui
doc-no = Non
doc-not-provided = Non indiqué

# The receipt of a request stored in the kiosk did not print.
doc-print-failed = L'imprimante n'a pas imprimé. Votre demande est enregistrée : l'opérateur peut réimprimer la feuille pour vous.
# Any other paper did not print (nothing of it is kept after the session).
doc-print-failed-not-kept = L'imprimante n'a pas imprimé. Quand elle est prête, touchez « Imprimer à nouveau », ou demandez de l'aide à l'opérateur.
printer-paper-out = Il n'y a plus de papier dans l'imprimante.
printer-jam = Le papier est coincé dans l'imprimante.
printer-door-open = La trappe de l'imprimante est ouverte.
printer-offline = L'imprimante est éteinte ou débranchée.
printer-not-answering = L'imprimante ne répond pas.
printer-stopped = La file d'impression est arrêtée.
printer-other = L'imprimante signale un problème.
# Variables: $number (number)
doc-item-number = Personne { $number }

## What a look-up answered (the permit's state), printed.

doc-result-title = Résultat de la vérification
doc-result-checked = Vérifié le
doc-result-source = C'est la réponse de la page publique de la Polizia di Stato (police italienne) à ce moment-là. Pour vérifier à nouveau, ouvrez cette adresse :
