## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = Accès opérateur
pin-hint = Saisissez le PIN de l’opérateur.
pin-enter = Entrer
pin-cancel = Annuler
pin-delete = Effacer
pin-checking = Vérification du PIN…
# Variables: $left (number)
pin-wrong =
    { $left ->
        [one] PIN erroné. Encore { $left } essai, puis l’accès se bloque.
       *[other] PIN erroné. Encore { $left } essais, puis l’accès se bloque.
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
        [one] Trop de PIN erronés : réessayez dans { $seconds } seconde.
       *[other] Trop de PIN erronés : réessayez dans { $seconds } secondes.
    }

operator-title = Opérateur
operator-assisted = Commencer une session assistée
operator-close = Fermer le panneau
operator-leave-kiosk = Quitter la borne (maintenance)
operator-outbox = Demandes sortantes
operator-hand-offs = À faire sur le portail
operator-health = État de la borne
operator-statistics = Statistiques
operator-training = Formation
operator-attention = Votre intervention est nécessaire :
operator-export = Exporter le CSV du mois
# Variables: $file (string)
operator-exported = Enregistré dans { $file }
# Variables: $file (string)
operator-exported-usb = Enregistré sur la clé USB : { $file }
# Variables: $file (string)
operator-exported-no-usb = Aucune clé USB insérée : enregistré dans { $file }
operator-export-failed = Le CSV ne peut pas être enregistré : vérifiez l’espace disque.
operator-refresh = Actualiser

outbox-empty = Aucune demande sortante.
outbox-reference = Numéro
outbox-service = Service
outbox-state = État
outbox-age = Depuis
outbox-attempts = Essais
outbox-error = Dernière erreur
outbox-retry = Réessayer maintenant
outbox-cancel = Annuler…
outbox-reprint = Réimprimer le reçu
outbox-cancel-question = Pourquoi annulez-vous cette demande ?
outbox-error-unreachable = le bureau ne répond pas
outbox-error-rate-limited = le bureau demande d’attendre
outbox-error-malformed = réponse non valide
outbox-error-unknown-operation = opération inconnue
outbox-error-unreadable-payload = données illisibles
outbox-error-refused = refusée
# Variables: $code (string)
outbox-error-refused-code = refusée ({ $code })
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

# Variables: $queue (string), $state (string)
health-printer-line = Imprimante « { $queue } » : { $state }
health-printer-ok = prête
# Variables: $mib (number)
health-disk-line = Espace libre sur le disque : { $mib } MiB
# Variables: $count (number)
health-queue-line = Demandes pas encore remises : { $count }
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] la plus ancienne attend depuis { $minutes } minute
       *[other] la plus ancienne attend depuis { $minutes } minutes
    }
# Variables: $address (string)
health-metrics-line = Métriques Prometheus : { $address }
health-metrics-off = Métriques Prometheus : inactives (adresse occupée ou non valide)
health-speech-ready = Voix : prête dans toutes les langues
health-speech-checking = Voix : vérification en cours…
# Variables: $languages (string)
health-speech-missing = Voix : il manque les voix pour { $languages } (paquet espeak-ng)
speech-problem-disabled = Voix : désactivée dans la configuration
speech-problem-no-program = Voix : espeak-ng n’est pas installé, le bouton Écouter n’apparaît pas
speech-problem-no-player = Voix : aplay (paquet alsa-utils) n’est pas installé, le bouton Écouter n’apparaît pas
# Variables: $detail (string)
speech-problem-no-audio = Voix : le périphérique audio ne s’ouvre pas ({ $detail }), le bouton Écouter n’apparaît pas
# A service's data (catalogue, flow, portal form) is broken: it is not offered.
# Variables: $service (string), $detail (string)
health-service-disabled = Service désactivé, ses données ne sont pas valides : { $service } ({ $detail })
# The Italian labels on the "continue on the portal" sheet were written from
# the published instructions, not read on the live portal.
# Variables: $services (string)
health-portal-labels-unconfirmed = Libellés du portail à vérifier (comparez-les avec le portail et indiquez confirmed = true dans assets/portals.toml) : { $services }
health-agencies = Bureaux
# Variables: $agency (string), $state (string)
health-agency-line = { $agency } : { $state }
# Variables: $minutes (number)
health-agency-last =
    { $minutes ->
        [one] dernière réponse il y a { $minutes } minute
       *[other] dernière réponse il y a { $minutes } minutes
    }
agency-state-unknown = aucun appel pour l’instant
agency-state-up = répond
agency-state-slow = répond lentement
agency-state-down = ne répond pas
agency-state-circuit-open = envois suspendus après trop d’erreurs ; nouvel essai automatique sous peu

# Variables: $count (number)
attention-needs-operator =
    { $count ->
        [one] { $count } demande attend votre décision (Demandes sortantes)
       *[other] { $count } demandes attendent votre décision (Demandes sortantes)
    }
# Variables: $mib (number)
attention-disk = Peu d’espace libre sur le disque : { $mib } MiB

## The agencies' own names: proper names, the same in every language.
agency-name-comune-arezzo = Comune di Arezzo
agency-name-polizia-di-stato = Polizia di Stato
agency-name-prefettura = Prefettura di Arezzo
agency-name-ministero-istruzione = Ministero dell'Istruzione e del Merito
agency-name-biblioteca-arezzo = Biblioteca Città di Arezzo
agency-name-regione-toscana = Regione Toscana
agency-name-usl-toscana-sud-est = USL Toscana Sud Est

training-off = La borne travaille avec les vrais bureaux.
training-on = Mode formation : tout va au simulateur, les documents sont des fac-similés, rien n’est compté. Les vraies demandes sortantes continuent de partir.
training-from-config = La formation est définie dans la configuration de la borne (salle de formation).
training-start = Commencer la formation
training-stop = Revenir au service réel
training-failed = La formation ne peut pas commencer : le simulateur ne démarre pas (voir le journal).
training-faults = Pannes simulées dans les bureaux
training-faults-hint = Choisissez comment répond chaque bureau, pour vous entraîner aux journées difficiles.
fault-normal = Normal
fault-slow = Lent
fault-errors = Erreurs
fault-down = Hors service
health-training = Mode formation actif : rien ne part vers les bureaux, rien n’est compté.

stats-today = Aujourd’hui
stats-week = 7 derniers jours
stats-month = 30 derniers jours
stats-service = Service
stats-language = Langue
stats-mode = Mode
stats-started = Commencés
stats-completed = Terminés
stats-rate = Taux d’achèvement
stats-median = Temps médian
stats-gave-up = Où l’on abandonne
stats-none = Aucune donnée sur cette période.
stats-mode-self = en autonomie
stats-mode-assisted = assisté

## Hand-offs: applications prepared for a portal that people asked the help
## desk to finish with them.

hand-offs-empty = Aucune demande laissée au guichet.
hand-off-open = Ouvrir
hand-off-close = Fermer et effacer de l’écran
hand-off-answers = Les réponses, avec les libellés du portail : saisissez-les avec la personne, qui entre avec son SPID ou sa CIE.
hand-off-gone = Les réponses de cette demande ne sont plus là (effacées après la durée de conservation).
