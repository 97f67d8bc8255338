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
operator-health = État de la borne
operator-statistics = Statistiques
operator-export = Exporter le CSV du mois
# Variables: $file (string)
operator-exported = Enregistré dans { $file }
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
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

health-printer = Imprimante
health-printer-ok = prête
health-disk = Espace libre sur le disque
health-queue = Demandes pas encore remises
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] la plus ancienne attend depuis { $minutes } minute
       *[other] la plus ancienne attend depuis { $minutes } minutes
    }
health-metrics = Métriques Prometheus
health-metrics-off = inactives (adresse occupée ou non valide)
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
