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
operator-health = حالة الكشك
operator-statistics = الإحصاءات
operator-export = تصدير ملف CSV للشهر
# Variables: $file (string)
operator-exported = حُفظ في { $file }
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

health-printer = الطابعة
health-printer-ok = جاهزة
health-disk = المساحة الحرة على القرص
health-queue = طلبات لم تُسلَّم بعد
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
health-metrics = مقاييس Prometheus
health-metrics-off = غير مفعّلة (العنوان مشغول أو غير صالح)
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
