## The outbox (the queue of what the kiosk sends), for the operator.

# Variables: $path (string), $preserved (string)
outbox-damaged = Le registre des envois ({ $path }) est endommagé. Une copie a été enregistrée dans { $preserved }. La borne ne peut pas envoyer de demandes : appelez l'assistance technique.
# Variables: $path (string)
outbox-key-missing = La clé du registre des envois ({ $path }) est manquante. Sans la clé, les demandes en file d'attente ne peuvent pas être lues : remettez le fichier de la clé ou appelez l'assistance technique.
# Variables: $path (string)
outbox-key-wrong = La clé du registre des envois ({ $path }) n'est pas la bonne. Remettez le fichier de clé d'origine ou appelez l'assistance technique.
outbox-too-new = Le registre des envois a été écrit par une version plus récente du programme. Mettez à jour la borne ou appelez l'assistance technique.
outbox-unavailable = Le registre des envois ne peut pas être ouvert. La borne ne peut pas envoyer de demandes : appelez l'assistance technique.

outbox-state-queued = En file d'attente
outbox-state-sending = Envoi en cours
outbox-state-delivered = Remise
outbox-state-retry-wait = En attente d'une nouvelle tentative
outbox-state-needs-operator = Opérateur requis
outbox-state-cancelled = Annulée

outbox-cancel-withdrawn = Retirée par la personne
outbox-cancel-duplicate = Envoyée deux fois
outbox-cancel-wrong-data = Données erronées, refaite
outbox-cancel-handled-elsewhere = Résolue au guichet
