## The outbox (the queue of what the kiosk sends), for the operator.

# Variables: $path (string), $preserved (string)
outbox-damaged = El registro de envíos ({ $path }) está dañado. Se ha guardado una copia en { $preserved }. El quiosco no puede enviar solicitudes: llama al servicio técnico.
# Variables: $path (string)
outbox-key-missing = Falta la clave del registro de envíos ({ $path }). Sin la clave no se pueden leer las solicitudes en cola: vuelve a poner el archivo de la clave o llama al servicio técnico.
# Variables: $path (string)
outbox-key-wrong = La clave del registro de envíos ({ $path }) no es la correcta. Vuelve a poner el archivo de la clave original o llama al servicio técnico.
outbox-too-new = El registro de envíos lo ha escrito una versión más reciente del programa. Actualiza el quiosco o llama al servicio técnico.
outbox-unavailable = No se puede abrir el registro de envíos. El quiosco no puede enviar solicitudes: llama al servicio técnico.

outbox-state-queued = En cola
outbox-state-sending = Enviando
outbox-state-delivered = Entregada
outbox-state-retry-wait = En espera de un nuevo intento
outbox-state-needs-operator = Se necesita al operador
outbox-state-cancelled = Cancelada

outbox-cancel-withdrawn = Retirada por la persona
outbox-cancel-duplicate = Enviada dos veces
outbox-cancel-wrong-data = Datos erróneos, rehecha
outbox-cancel-handled-elsewhere = Resuelta en la ventanilla
