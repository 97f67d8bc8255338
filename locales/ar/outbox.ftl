## The outbox (the queue of what the kiosk sends), for the operator.

# Variables: $path (string), $preserved (string)
outbox-damaged = سجل الإرسال ({ $path }) تالف. حُفظت نسخة منه في { $preserved }. لا يستطيع الجهاز إرسال الطلبات: يُرجى الاتصال بالدعم الفني.
# Variables: $path (string)
outbox-key-missing = مفتاح سجل الإرسال ({ $path }) مفقود. من دون المفتاح لا يمكن قراءة الطلبات الموجودة في قائمة الانتظار: يُرجى إعادة ملف المفتاح إلى مكانه أو الاتصال بالدعم الفني.
# Variables: $path (string)
outbox-key-wrong = مفتاح سجل الإرسال ({ $path }) غير صحيح. يُرجى إعادة ملف المفتاح الأصلي إلى مكانه أو الاتصال بالدعم الفني.
outbox-too-new = كُتب سجل الإرسال بإصدار أحدث من البرنامج. يُرجى تحديث الجهاز أو الاتصال بالدعم الفني.
outbox-unavailable = يتعذّر فتح سجل الإرسال. لا يستطيع الجهاز إرسال الطلبات: يُرجى الاتصال بالدعم الفني.

outbox-state-queued = في قائمة الانتظار
outbox-state-sending = قيد الإرسال
outbox-state-delivered = تم التسليم
outbox-state-retry-wait = بانتظار محاولة جديدة
outbox-state-needs-operator = يلزم تدخّل المشغّل
outbox-state-cancelled = ملغى

outbox-cancel-withdrawn = سحبه صاحب الطلب
outbox-cancel-duplicate = أُرسل مرتين
outbox-cancel-wrong-data = بيانات خاطئة، أُعيد تقديمه
outbox-cancel-handled-elsewhere = عولج في مكتب الاستقبال
