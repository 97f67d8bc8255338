## The outbox (the queue of what the kiosk sends), for the operator.

# Variables: $path (string), $preserved (string)
outbox-damaged = Regjistri i dërgimeve ({ $path }) është dëmtuar. Një kopje është ruajtur në { $preserved }. Kioska nuk mund të dërgojë kërkesa: telefono asistencën teknike.
# Variables: $path (string)
outbox-key-missing = Mungon çelësi i regjistrit të dërgimeve ({ $path }). Pa çelësin, kërkesat në radhë nuk mund të lexohen: vendos përsëri skedarin e çelësit ose telefono asistencën teknike.
# Variables: $path (string)
outbox-key-wrong = Çelësi i regjistrit të dërgimeve ({ $path }) nuk është ai i duhuri. Vendos përsëri skedarin origjinal të çelësit ose telefono asistencën teknike.
outbox-too-new = Regjistri i dërgimeve është shkruar nga një version më i ri i programit. Përditëso kioskën ose telefono asistencën teknike.
outbox-unavailable = Regjistri i dërgimeve nuk mund të hapet. Kioska nuk mund të dërgojë kërkesa: telefono asistencën teknike.

outbox-state-queued = Në radhë
outbox-state-sending = Po dërgohet
outbox-state-delivered = Dorëzuar
outbox-state-retry-wait = Në pritje të një përpjekjeje të re
outbox-state-needs-operator = Nevojitet operatori
outbox-state-cancelled = Anuluar

outbox-cancel-withdrawn = Tërhequr nga personi
outbox-cancel-duplicate = Dërguar dy herë
outbox-cancel-wrong-data = Të dhëna të gabuara, bërë përsëri
outbox-cancel-handled-elsewhere = Zgjidhur në sportel
