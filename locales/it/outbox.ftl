## The outbox (the queue of what the kiosk sends), for the operator.

# Variables: $path (string), $preserved (string)
outbox-damaged = Il registro degli invii ({ $path }) è danneggiato. Una copia è stata salvata in { $preserved }. Il chiosco non può inviare domande: chiama l'assistenza tecnica.
# Variables: $path (string)
outbox-key-missing = Manca la chiave del registro degli invii ({ $path }). Senza la chiave le domande in coda non si possono leggere: rimetti il file della chiave o chiama l'assistenza tecnica.
# Variables: $path (string)
outbox-key-wrong = La chiave del registro degli invii ({ $path }) non è quella giusta. Rimetti il file della chiave originale o chiama l'assistenza tecnica.
outbox-too-new = Il registro degli invii è stato scritto da una versione più nuova del programma. Aggiorna il chiosco o chiama l'assistenza tecnica.
outbox-unavailable = Il registro degli invii non si può aprire. Il chiosco non può inviare domande: chiama l'assistenza tecnica.

outbox-state-queued = In coda
outbox-state-sending = In invio
outbox-state-delivered = Consegnata
outbox-state-retry-wait = In attesa di un nuovo tentativo
outbox-state-needs-operator = Serve l'operatore
outbox-state-cancelled = Annullata

outbox-cancel-withdrawn = Ritirata dalla persona
outbox-cancel-duplicate = Inviata due volte
outbox-cancel-wrong-data = Dati sbagliati, rifatta
outbox-cancel-handled-elsewhere = Risolta allo sportello
