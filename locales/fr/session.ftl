## The pages of a session: the bar on every page, the questions, the check
## page, sending, the confirmation, look-up results, printing, the idle
## warning and the on-screen keyboard. Short words: they go on buttons.

## The bar at the top of every page.

training-ribbon = FORMATION — exercice : rien n’est envoyé aux bureaux, les feuilles sont des fac-similés.

bar-call-operator = Appeler un opérateur
# Shown only when the help desk's device confirmed it received the call.
bar-operator-called = Nous avons prévenu le guichet : un opérateur vient dès qu'il peut. Restez ici.
bar-operator-calling = Nous prévenons le guichet…
# The call could not be sent (no notification set up, or it failed): say so.
bar-operator-go-to-desk = Nous ne pouvons pas prévenir le guichet d'ici. Allez au guichet ou levez la main : un opérateur va vous aider.
bar-operator-cancel = Annuler l'appel
bar-text-size = Texte plus grand
bar-text-size-reset = Texte normal
bar-contrast-high = Contraste élevé
bar-contrast-normal = Contraste normal
bar-listen = Écouter
bar-listen-stop = Arrêter la voix
bar-auto-read-on = Lire chaque page
bar-auto-read-off = Arrêter la lecture
# Read aloud instead of the reference number when the sound is on a loudspeaker.
speech-reference-not-read = Le numéro de votre demande est à l’écran et sur le reçu. Je ne le lis pas à voix haute, pour votre confidentialité.

## Service introduction.

intro-start = Commencer
intro-print = Imprimer ces informations

## Question pages.

# Variables: $current (number), $total (number)
wizard-progress = Question { $current } sur { $total }
wizard-continue = Continuer
wizard-back = Retour
wizard-leave = Quitter
wizard-leave-question = Voulez-vous quitter ce service ? Les réponses que vous avez données seront effacées.
wizard-leave-yes = Oui, quitter
wizard-leave-no = Non, rester
wizard-optional = (si vous voulez)
wizard-yes = Oui
wizard-no = Non
wizard-choose-many = Vous pouvez toucher plusieurs réponses.
wizard-type-here = Touchez ici pour écrire
wizard-suggestions = Touchez le bon nom :
wizard-no-suggestion = Aucun nom trouvé : vérifiez les premières lettres.
wizard-asking = Nous contactons le bureau…
wizard-try-again = Réessayer
# Variables: $number (number)
wizard-person = Personne { $number }
wizard-add-another-yes = Oui, ajouter une personne
wizard-add-another-no = Non, continuer
wizard-ended-finish = J'ai terminé
wizard-ended-services = Retour aux services

## The error summary at the top of a page (GOV.UK pattern).

error-summary-title = Il y a un problème
error-summary-hint = Corrigez ce qui est marqué en rouge. Ce que vous avez écrit est toujours là.
# Variables: $field (string), $problem (string)
error-summary-item = { $field } : { $problem }

## Check your answers.

check-title = Vérifiez vos réponses
check-hint = Si quelque chose ne va pas, touchez « Modifier ».
check-change = Modifier
check-not-provided = Non indiqué
check-send-application = Envoyer la demande
check-send-status = Vérifier maintenant
check-send-item = Voir la fiche

## Sending and waiting.

sending-title = Envoi de la demande…
asking-title = Nous contactons le bureau…
# Variables: $seconds (number)
sending-elapsed =
    { $seconds ->
        [one] Cela fait { $seconds } seconde.
       *[other] Cela fait { $seconds } secondes.
    }
sending-saved = La demande est déjà enregistrée dans la borne : elle ne sera pas perdue.
sending-continue = Continuer sans attendre
asking-cancel = Annuler

## Confirmation.

confirm-reference = Le numéro de votre demande
confirm-keep = Gardez le reçu : avec ce numéro, vous pouvez demander où en est votre demande.
confirm-finish = J'ai terminé
confirm-home = Un autre service

## Results of a look-up.

result-not-answered = Nous n'avons pas de réponse

## Printing.

print-receipt = Imprimer le reçu
print-form = Imprimer le formulaire à signer
print-payment = Imprimer l'avis de paiement
print-certificate = Imprimer le certificat
print-item = Imprimer la fiche
print-where = Imprimer où vérifier
print-again = Imprimer à nouveau
print-printing = Impression en cours…
print-done = Imprimé : prenez la feuille dans l'imprimante.

## The idle warning.

idle-title = Vous êtes toujours là ?
# Variables: $seconds (number)
idle-countdown =
    { $seconds ->
        [one] Dans { $seconds } seconde, tout sera effacé et la borne reviendra au début.
       *[other] Dans { $seconds } secondes, tout sera effacé et la borne reviendra au début.
    }
idle-continue = Oui, je continue

## The on-screen keyboard.

keyboard-space = espace
keyboard-delete = Effacer
keyboard-clear = Tout effacer
keyboard-capitals = Majuscules
keyboard-other-letters = Autres lettres
keyboard-hide = Fermer le clavier

## Results: a title for each outcome.

result-refused = Le bureau n'a pas accepté la demande
result-not-found = Aucun résultat avec ces données
print-result = Imprimer la réponse

## Formats told before typing; a page that only tells something.

wizard-format-date = Jour, mois et année en chiffres : par exemple 15/03/1990.
wizard-format-name = En lettres latines, comme dans le passeport.
wizard-note-title = Bon à savoir

## Before "I have finished" when a paper did not print.

papers-title = Avez-vous pris vos feuilles ?
papers-not-printed = Une feuille n'a pas été imprimée.
papers-what-now = Vous pouvez l'imprimer à nouveau, ou demander de l'aide au guichet. Si vous terminez maintenant, cette page se ferme.
papers-finish-anyway = Terminer sans la feuille
papers-back = Retour à la page

## Days of the week (slots are listed by day), Monday first.

weekday-1 = Lundi
weekday-2 = Mardi
weekday-3 = Mercredi
weekday-4 = Jeudi
weekday-5 = Vendredi
weekday-6 = Samedi
weekday-7 = Dimanche
