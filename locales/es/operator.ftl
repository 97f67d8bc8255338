## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = Acceso de operador
pin-hint = Escribe el PIN del operador.
pin-enter = Entrar
pin-cancel = Cancelar
pin-delete = Borrar
pin-checking = Comprobando el PIN…
# Variables: $left (number)
pin-wrong =
    { $left ->
        [one] PIN incorrecto. Queda { $left } intento; luego el acceso se bloquea.
       *[other] PIN incorrecto. Quedan { $left } intentos; luego el acceso se bloquea.
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
        [one] Demasiados PIN incorrectos: vuelve a intentarlo en { $seconds } segundo.
       *[other] Demasiados PIN incorrectos: vuelve a intentarlo en { $seconds } segundos.
    }

operator-title = Operador
operator-assisted = Empezar una sesión asistida
operator-close = Cerrar el panel
operator-leave-kiosk = Salir del quiosco (mantenimiento)
operator-outbox = Solicitudes salientes
operator-health = Estado del quiosco
operator-statistics = Estadísticas
operator-export = Exportar el CSV del mes
# Variables: $file (string)
operator-exported = Guardado en { $file }
operator-export-failed = No se puede guardar el CSV: comprueba el espacio en disco.
operator-refresh = Actualizar

outbox-empty = No hay solicitudes salientes.
outbox-reference = Número
outbox-service = Servicio
outbox-state = Estado
outbox-age = Desde hace
outbox-attempts = Intentos
outbox-error = Último error
outbox-retry = Reintentar ahora
outbox-cancel = Cancelar…
outbox-reprint = Reimprimir el recibo
outbox-cancel-question = ¿Por qué cancelas esta solicitud?
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }

health-printer = Impresora
health-printer-ok = lista
health-disk = Espacio libre en disco
health-queue = Solicitudes aún no entregadas
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [one] la más antigua espera desde hace { $minutes } minuto
       *[other] la más antigua espera desde hace { $minutes } minutos
    }
health-metrics = Métricas de Prometheus
health-metrics-off = inactivas (dirección ocupada o no válida)
health-training = Modo formación activo: nada va a las oficinas, nada se cuenta.

stats-today = Hoy
stats-week = Últimos 7 días
stats-month = Últimos 30 días
stats-service = Servicio
stats-language = Idioma
stats-mode = Modo
stats-started = Iniciados
stats-completed = Completados
stats-rate = Finalización
stats-median = Tiempo mediano
stats-gave-up = Dónde se abandona
stats-none = No hay datos en este periodo.
stats-mode-self = sin ayuda
stats-mode-assisted = asistido
