## The pages of a session: the bar on every page, the questions, the check
## page, sending, the confirmation, look-up results, printing, the idle
## warning and the on-screen keyboard. Short words: they go on buttons.

## The bar at the top of every page.

training-ribbon = تدريب — تمرين: لا يُرسل أي شيء إلى المكاتب، والأوراق نماذج فقط.

bar-call-operator = استدعاء موظف
# Shown only when the help desk's device confirmed it received the call.
bar-operator-called = أبلغنا مكتب الاستقبال: سيأتي موظف عندما يستطيع. ابقَ هنا.
bar-operator-calling = نُبلغ مكتب الاستقبال الآن…
# The call could not be sent (no notification set up, or it failed): say so.
bar-operator-go-to-desk = لا نستطيع إبلاغ مكتب الاستقبال من هنا. اذهب إلى مكتب الاستقبال أو ارفع يدك: سيساعدك موظف.
bar-operator-cancel = إلغاء الاستدعاء
bar-text-size = نص أكبر
bar-text-size-reset = نص عادي
bar-contrast-high = تباين عالٍ
bar-contrast-normal = تباين عادي
bar-listen = استمع
bar-listen-stop = أوقف الصوت
bar-auto-read-on = اقرأ كل صفحة
bar-auto-read-off = توقف عن القراءة
# Read aloud instead of the reference number when the sound is on a loudspeaker.
speech-reference-not-read = رقم طلبك مكتوب على الشاشة وعلى الإيصال. لا أقرؤه بصوت عالٍ، حفاظًا على خصوصيتك.

## Service introduction.

intro-start = البدء
intro-print = طباعة هذه المعلومات

## Question pages.

# Variables: $current (number), $total (number)
wizard-progress = السؤال { $current } من { $total }
wizard-continue = متابعة
wizard-back = رجوع
wizard-leave = خروج
wizard-leave-question = هل تريد الخروج من هذه الخدمة؟ ستُحذف الإجابات التي أعطيتها.
wizard-leave-yes = نعم، أخرج
wizard-leave-no = لا، أبقى
wizard-optional = (إذا أردت)
wizard-yes = نعم
wizard-no = لا
wizard-choose-many = يمكنك لمس أكثر من إجابة.
wizard-type-here = المس هنا للكتابة
wizard-suggestions = المس الاسم الصحيح:
wizard-no-suggestion = لم نجد أي اسم: تحقّق من الحروف الأولى.
wizard-asking = نسأل المكتب الآن…
wizard-try-again = إعادة المحاولة
# Variables: $number (number)
wizard-person = الشخص { $number }
wizard-add-another-yes = نعم، أضيف شخصًا
wizard-add-another-no = لا، أتابع
wizard-ended-finish = انتهيت
wizard-ended-services = العودة إلى الخدمات

## The error summary at the top of a page (GOV.UK pattern).

error-summary-title = هناك مشكلة
error-summary-hint = صحّح ما هو مُعلَّم باللون الأحمر. ما كتبته ما زال موجودًا.
# Variables: $field (string), $problem (string)
error-summary-item = { $field }: { $problem }

## Check your answers.

check-title = مراجعة إجاباتك
check-hint = إذا كان هناك شيء غير صحيح، المس «تغيير».
check-change = تغيير
check-not-provided = غير مذكور
check-send-application = إرسال الطلب
check-send-status = التحقق الآن
check-send-item = عرض البطاقة

## Sending and waiting.

sending-title = نرسل الطلب الآن…
asking-title = نسأل المكتب الآن…
# Variables: $seconds (number)
sending-elapsed =
    { $seconds ->
        [zero] مرّت { $seconds } ثانية.
        [one] مرّت ثانية واحدة.
        [two] مرّت ثانيتان.
        [few] مرّت { $seconds } ثوانٍ.
        [many] مرّت { $seconds } ثانية.
       *[other] مرّت { $seconds } ثانية.
    }
sending-saved = الطلب محفوظ في الجهاز: لن يضيع.
sending-continue = متابعة دون انتظار
asking-cancel = إلغاء

## Confirmation.

confirm-reference = رقم طلبك
confirm-keep = احتفظ بالإيصال: بهذا الرقم يمكنك أن تسأل عن مرحلة طلبك.
confirm-finish = انتهيت
confirm-home = خدمة أخرى

## Results of a look-up.

result-not-answered = لم يصلنا جواب

## Printing.

print-receipt = طباعة الإيصال
print-form = طباعة الاستمارة للتوقيع
print-payment = طباعة إشعار الدفع
print-certificate = طباعة الشهادة
print-item = طباعة البطاقة
print-where = طباعة أين يمكن التحقق
print-again = إعادة الطباعة
print-printing = نطبع الآن…
print-done = تمت الطباعة: خذ الورقة من الطابعة.

## The idle warning.

idle-title = هل ما زلت هنا؟
# Variables: $seconds (number)
idle-countdown =
    { $seconds ->
        [zero] الآن نمسح كل شيء ونعود إلى البداية.
        [one] بعد ثانية واحدة نمسح كل شيء ونعود إلى البداية.
        [two] بعد ثانيتين نمسح كل شيء ونعود إلى البداية.
        [few] بعد { $seconds } ثوانٍ نمسح كل شيء ونعود إلى البداية.
        [many] بعد { $seconds } ثانية نمسح كل شيء ونعود إلى البداية.
       *[other] بعد { $seconds } ثانية نمسح كل شيء ونعود إلى البداية.
    }
idle-continue = نعم، أتابع

## The on-screen keyboard.

keyboard-space = مسافة
keyboard-delete = حذف
keyboard-clear = مسح الكل
keyboard-capitals = أحرف كبيرة
keyboard-other-letters = أحرف أخرى
keyboard-hide = إغلاق لوحة المفاتيح

## Results: a title for each outcome.

result-refused = لم يقبل المكتب الطلب
result-not-found = لا توجد نتيجة بهذه البيانات
print-result = طباعة الجواب

## Formats told before typing; a page that only tells something.

wizard-format-date = اليوم والشهر والسنة بالأرقام: مثلًا 15/03/1990.
wizard-format-name = بالحروف اللاتينية، كما في جواز السفر.
wizard-note-title = من المفيد أن تعرف

## Before "I have finished" when a paper did not print.

papers-title = هل أخذت أوراقك؟
papers-not-printed = لم تُطبع إحدى الأوراق.
papers-what-now = يمكنك طباعتها مرة أخرى، أو طلب المساعدة من مكتب الاستقبال. إذا أنهيت الآن، تُغلق هذه الصفحة.
papers-finish-anyway = إنهاء بدون الورقة
papers-back = العودة إلى الصفحة

## Days of the week (slots are listed by day), Monday first.

weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
