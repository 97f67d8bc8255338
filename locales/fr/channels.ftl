## What the kiosk says happened, by the door the service really reaches
## (its channel in assets/catalogue.toml) and what came of it. The page,
## the receipt and the voice use these words and no others: never claim an
## office received something unless its door answered.
##
## Each message pair: `channel-<channel>-<claim>-title` (a heading) and
## `-status` (one or two sentences).

## comune: the Comune di Arezzo's own services, through its gateway.

channel-comune-sent-title = Envoyée au Comune
# Variables: $agency_reference (string)
channel-comune-sent-status = Le système du Comune di Arezzo (la mairie) a reçu la demande. Numéro du Comune : { $agency_reference }.
channel-comune-queued-title = Enregistrée dans la borne
channel-comune-queued-status = La demande est enregistrée dans la borne et part vers le Comune dès que son système répond. Le Comune ne l'a pas encore reçue. Vous n'avez rien à faire : s'il y a un problème, le guichet vous appelle.

## pagopa: a booking at the agency's gateway, with its ticket paid through pagoPA.

channel-pagopa-sent-title = Réservation faite
# Variables: $agency_reference (string)
channel-pagopa-sent-status = Le CUP (centre de réservation) de l'Azienda USL a enregistré la réservation. Numéro du CUP : { $agency_reference }. S'il y a un ticket (frais à payer), il se paie avec l'avis pagoPA : à la banque, à la poste, dans un bureau de tabac ou avec l'app.
channel-pagopa-queued-title = Enregistrée dans la borne
channel-pagopa-queued-status = La demande est enregistrée dans la borne et part vers le CUP dès qu'il répond. Ce n'est pas encore une réservation : si l'horaire n'est plus libre, le guichet vous appelle.

## The ticket's pagoPA notice, checked with the platform before it is printed.

pagopa-title = Le ticket à payer (pagoPA)
pagopa-checking = Vérification de l'avis de paiement avec pagoPA…
pagopa-amount = Montant
pagopa-due = À payer avant le
pagopa-state-payable = L'avis est valide : vous pouvez le payer tout de suite avec votre téléphone, ou avec l'avis imprimé à la banque, à la poste, dans un bureau de tabac ou avec l'app IO.
pagopa-state-overdue = La date limite est passée, mais l'avis peut encore être payé.
pagopa-state-paid = Cet avis apparaît comme déjà payé : ne le payez pas une deuxième fois.
pagopa-state-expired = Cet avis a expiré et ne peut plus être payé : nous ne l'imprimons pas. Demandez au guichet du CUP comment payer le ticket.
pagopa-state-invalid = Cet avis a été annulé par l'Azienda USL : nous ne l'imprimons pas. Adressez-vous au guichet du CUP.
pagopa-unknown = pagoPA ne connaît pas cet avis : nous ne l'imprimons pas. Demandez au guichet du CUP comment payer le ticket.
pagopa-unreachable = Pour le moment, nous ne pouvons pas vérifier l'avis avec pagoPA, donc nous ne l'imprimons pas. La réservation reste valable : demandez au guichet comment payer le ticket.
pagopa-not-verified = Nous n'avons pas pu vérifier l'avis avec pagoPA, donc nous ne l'imprimons pas. La réservation reste valable : demandez au guichet comment payer le ticket.
pagopa-pay-now = Pour payer tout de suite avec votre téléphone, scannez ce code : la page de paiement pagoPA s'ouvre.

## portal: only a portal with the person's own SPID or CIE can finish it.

channel-portal-prepared-title = Prête pour le portail
channel-portal-prepared-status = Nous n'avons rien envoyé. Cette demande se fait seulement sur le portail, avec votre SPID ou votre CIE. Sur la feuille, vous trouvez l'adresse, comment entrer et vos réponses : vous pouvez la faire chez vous, ou ici avec un opérateur.
channel-portal-sent-title = Le guichet a vos réponses
# Variables: $agency_reference (string)
channel-portal-sent-status = Le guichet d'aide a reçu vos réponses (numéro { $agency_reference }). Un opérateur fait la demande avec vous sur le portail, avec votre SPID ou votre CIE. Le bureau n'a encore rien reçu.
channel-portal-queued-title = Enregistrée pour le guichet
channel-portal-queued-status = Vos réponses sont enregistrées dans la borne et partent vers le guichet d'aide dès que le système du Comune répond. Le bureau n'a encore rien reçu : la demande se fait sur le portail.

## public-page: a public web page read for the person.

channel-public-page-answered-title = Réponse de la page de la Polizia di Stato
channel-public-page-answered-status = Voici ce que la page publique de la Polizia di Stato (police nationale) dit maintenant pour votre numéro. La borne n'a envoyé aucune demande.

## catalogue: a list the Comune or the Region publishes.

channel-catalogue-answered-title = D'après la liste publiée
channel-catalogue-answered-status = Ces informations viennent de la liste que le bureau publie. La borne n'a envoyé aucune demande : pour vous inscrire ou vous porter candidat, suivez la fiche.

## The portals (assets/portals.toml) and the ways to log in.

portal-name-ali = Portale Servizi ALI (ministère de l'Intérieur)
portal-name-testitaliano = Test di italiano (test d'italien, ministère de l'Intérieur)
portal-name-unica = Unica (ministère de l'Éducation et du Mérite)
portal-login-title = Comment entrer dans le portail
portal-login-spid = Avec SPID : choisissez votre fournisseur et confirmez avec son app sur votre téléphone.
portal-login-cie-app = Avec la CIE et l'app CieID : l'app lit la carte et scanne le code QR à l'écran.
portal-login-cie-reader = Avec la CIE sur le lecteur du guichet : il faut le code PIN de la carte.
portal-login-cns = Avec la Carta Nazionale dei Servizi (carte de santé activée) et un lecteur de carte.
portal-login-eidas = Avec une identité numérique d'un autre pays de l'Union européenne (eIDAS).

## The hand-off to the help desk, offered after the sheet is printed.

# The kiosk keeps the answers as long as any finished request (kiosk-config
# storage.retention_days), then deletes them.
# Variables: $days (number)
portal-hand-off-note = Vous voulez la faire ici avec un opérateur ? Vos réponses vont au guichet d'aide du Comune. La borne les efface { $days ->
        [one] après { $days } jour
       *[other] après { $days } jours
    }.
portal-hand-off = Demander au guichet de la faire avec moi
check-send-portal = Préparer la feuille pour le portail
print-portal = Imprimer la feuille pour le portail

## The "continue on the portal" sheet.

doc-portal-title = Continuer sur le portail
doc-portal-nothing-sent = Cette feuille n'est pas une demande : la borne n'a rien envoyé au bureau. La demande se fait sur le portail, avec votre identité numérique.
doc-portal-ready = Ce qu'il faut avoir sous la main
doc-portal-answers = Vos réponses, avec le nom qu'elles ont sur le portail
