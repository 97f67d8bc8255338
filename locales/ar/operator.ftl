## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = دخول الموظف
pin-hint = اكتب رمز PIN الخاص بالموظف.
pin-enter = دخول
pin-cancel = إلغاء
pin-delete = حذف
pin-checking = نتحقق من رمز PIN…
# Variables: $left (number)
pin-wrong =
    { $left ->
        [zero] رمز PIN خاطئ. لم تبقَ أي محاولة، يُقفل الدخول الآن.
        [one] رمز PIN خاطئ. بقيت محاولة واحدة، ثم يُقفل الدخول.
        [two] رمز PIN خاطئ. بقيت محاولتان، ثم يُقفل الدخول.
        [few] رمز PIN خاطئ. بقيت { $left } محاولات، ثم يُقفل الدخول.
        [many] رمز PIN خاطئ. بقيت { $left } محاولة، ثم يُقفل الدخول.
       *[other] رمز PIN خاطئ. بقيت { $left } محاولة، ثم يُقفل الدخول.
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
        [zero] محاولات خاطئة كثيرة: أعد المحاولة الآن.
        [one] محاولات خاطئة كثيرة: أعد المحاولة بعد ثانية واحدة.
        [two] محاولات خاطئة كثيرة: أعد المحاولة بعد ثانيتين.
        [few] محاولات خاطئة كثيرة: أعد المحاولة بعد { $seconds } ثوانٍ.
        [many] محاولات خاطئة كثيرة: أعد المحاولة بعد { $seconds } ثانية.
       *[other] محاولات خاطئة كثيرة: أعد المحاولة بعد { $seconds } ثانية.
    }

operator-title = الموظف
operator-assisted = بدء جلسة بمساعدة
operator-close = إغلاق اللوحة
operator-leave-kiosk = الخروج من الكشك (صيانة)
operator-outbox = الطلبات الصادرة
operator-hand-offs = للتقديم على البوابة
operator-health = حالة الكشك
operator-statistics = الإحصاءات
operator-training = التدريب
operator-attention = يلزم تدخلك:
operator-export = تصدير ملف CSV للشهر
# Variables: $file (string)
operator-exported = حُفظ في { $file }
# Variables: $file (string)
operator-exported-usb = حُفظ على ذاكرة USB: { $file }
# Variables: $file (string)
operator-exported-no-usb = لا توجد ذاكرة USB موصولة: حُفظ في { $file }
operator-export-failed = لا يمكن حفظ ملف CSV: تحقق من المساحة على القرص.
operator-refresh = تحديث

outbox-empty = لا توجد طلبات صادرة.
outbox-reference = الرقم
outbox-service = الخدمة
outbox-state = الحالة
outbox-age = منذ
outbox-attempts = المحاولات
outbox-error = آخر خطأ
outbox-retry = إعادة المحاولة الآن
outbox-cancel = إلغاء…
outbox-reprint = إعادة طباعة الإيصال
outbox-cancel-question = لماذا تلغي هذا الطلب؟
outbox-error-unreachable = المكتب لا يجيب
outbox-error-rate-limited = المكتب يطلب الانتظار
outbox-error-malformed = رد غير صالح
outbox-error-unknown-operation = عملية غير معروفة
outbox-error-unreadable-payload = بيانات غير مقروءة
outbox-error-refused = مرفوض
# Variables: $code (string)
outbox-error-refused-code = مرفوض ({ $code })
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }

# Variables: $queue (string), $state (string)
health-printer-line = الطابعة «{ $queue }»: { $state }
health-printer-ok = جاهزة
# Variables: $mib (number)
health-disk-line = المساحة الحرة على القرص: { $mib } MiB
# Variables: $count (number)
health-queue-line = طلبات لم تُسلَّم بعد: { $count }
# Variables: $minutes (number)
health-oldest =
    { $minutes ->
        [zero] الأقدم ينتظر منذ { $minutes } دقيقة
        [one] الأقدم ينتظر منذ دقيقة واحدة
        [two] الأقدم ينتظر منذ دقيقتين
        [few] الأقدم ينتظر منذ { $minutes } دقائق
        [many] الأقدم ينتظر منذ { $minutes } دقيقة
       *[other] الأقدم ينتظر منذ { $minutes } دقيقة
    }
# Variables: $address (string)
health-metrics-line = مقاييس Prometheus: { $address }
health-metrics-off = مقاييس Prometheus: غير مفعّلة (العنوان مشغول أو غير صالح)
health-speech-ready = الصوت: جاهز بجميع اللغات
health-speech-checking = الصوت: جارٍ التحقق…
# Variables: $languages (string)
health-speech-missing = الصوت: تنقص الأصوات للغات { $languages } (حزمة espeak-ng)
speech-problem-disabled = الصوت: معطّل في الإعدادات
speech-problem-no-program = الصوت: espeak-ng غير مثبّت، ولا يظهر زر «استمع»
speech-problem-no-player = الصوت: aplay (حزمة alsa-utils) غير مثبّت، ولا يظهر زر «استمع»
# Variables: $detail (string)
speech-problem-no-audio = الصوت: تعذّر فتح جهاز الصوت ({ $detail })، ولا يظهر زر «استمع»
# A service's data (catalogue, flow, portal form) is broken: it is not offered.
# Variables: $service (string), $detail (string)
health-service-disabled = خدمة معطّلة، بياناتها غير صالحة: { $service } ({ $detail })
# The Italian labels on the "continue on the portal" sheet were written from
# the published instructions, not read on the live portal.
# Variables: $services (string)
health-portal-labels-unconfirmed = تسميات البوابة بحاجة إلى تحقق (قارنها بالبوابة وضع confirmed = true في assets/portals.toml): { $services }
health-agencies = المكاتب
# Variables: $agency (string), $state (string)
health-agency-line = { $agency }: { $state }
# Variables: $minutes (number)
health-agency-last =
    { $minutes ->
        [zero] آخر رد قبل { $minutes } دقيقة
        [one] آخر رد قبل دقيقة واحدة
        [two] آخر رد قبل دقيقتين
        [few] آخر رد قبل { $minutes } دقائق
        [many] آخر رد قبل { $minutes } دقيقة
       *[other] آخر رد قبل { $minutes } دقيقة
    }
agency-state-unknown = لا اتصالات حتى الآن
agency-state-up = يستجيب
agency-state-slow = يستجيب ببطء
agency-state-down = لا يستجيب
agency-state-circuit-open = أُوقف الإرسال مؤقتًا بعد أخطاء كثيرة؛ ستُعاد المحاولة تلقائيًا بعد قليل

# Variables: $count (number)
attention-needs-operator =
    { $count ->
        [zero] لا يوجد طلب ينتظر قرارك (الطلبات الصادرة)
        [one] طلب واحد ينتظر قرارك (الطلبات الصادرة)
        [two] طلبان ينتظران قرارك (الطلبات الصادرة)
        [few] { $count } طلبات تنتظر قرارك (الطلبات الصادرة)
        [many] { $count } طلبًا ينتظر قرارك (الطلبات الصادرة)
       *[other] { $count } طلب ينتظر قرارك (الطلبات الصادرة)
    }
# Variables: $mib (number)
attention-disk = المساحة الحرة على القرص قليلة: { $mib } MiB

## The agencies' own names: proper names, the same in every language.
agency-name-comune-arezzo = Comune di Arezzo
agency-name-polizia-di-stato = Polizia di Stato
agency-name-prefettura = Prefettura di Arezzo
agency-name-ministero-istruzione = Ministero dell'Istruzione e del Merito
agency-name-biblioteca-arezzo = Biblioteca Città di Arezzo
agency-name-regione-toscana = Regione Toscana
agency-name-usl-toscana-sud-est = USL Toscana Sud Est

training-off = يعمل الكشك مع المكاتب الحقيقية.
training-on = وضع التدريب: كل شيء يذهب إلى المحاكي، والمستندات نماذج، ولا يُحسب شيء. أما الطلبات الصادرة الحقيقية فيستمر إرسالها.
training-from-config = التدريب مضبوط في إعدادات الكشك (قاعة تدريب).
training-start = بدء التدريب
training-stop = العودة إلى الخدمة الحقيقية
training-failed = لا يمكن بدء التدريب: المحاكي لا يعمل (انظر السجل).
training-faults = أعطال محاكاة في المكاتب
training-faults-hint = اختر كيف يجيب كل مكتب، لتتدرب على الأيام الصعبة.
fault-normal = عادي
fault-slow = بطيء
fault-errors = أخطاء
fault-down = خارج الخدمة
health-training = وضع التدريب مفعّل: لا يُرسل شيء إلى المكاتب ولا يُحسب شيء.

stats-today = اليوم
stats-week = آخر 7 أيام
stats-month = آخر 30 يومًا
stats-service = الخدمة
stats-language = اللغة
stats-mode = الطريقة
stats-started = بدأت
stats-completed = اكتملت
stats-rate = نسبة الإكمال
stats-median = الوقت الوسيط
stats-gave-up = أين يتوقف الناس
stats-none = لا توجد بيانات في هذه الفترة.
stats-mode-self = بمفرده
stats-mode-assisted = بمساعدة

## Hand-offs: applications prepared for a portal that people asked the help
## desk to finish with them.

hand-offs-empty = لا توجد طلبات متروكة لمكتب الاستقبال.
hand-off-open = فتح
hand-off-close = إغلاق وإزالة من الشاشة
hand-off-answers = الإجابات بتسميات البوابة: أدخلها مع الشخص، وهو يدخل باستخدام SPID الخاص به أو بطاقة CIE الخاصة به.
hand-off-gone = إجابات هذا الطلب لم تعد موجودة (حُذفت بعد انتهاء مدة الحفظ).
