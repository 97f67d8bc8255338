## The pages of a session: the bar on every page, the questions, the check
## page, sending, the confirmation, look-up results, printing, the idle
## warning and the on-screen keyboard. Short words: they go on buttons.

## The bar at the top of every page.

training-ribbon = تربیت — مشق: دفاتر کو کچھ نہیں بھیجا جاتا، کاغذات صرف نمونے ہیں۔

bar-call-operator = آپریٹر کو بلائیں
# Shown only when the help desk's device confirmed it received the call.
bar-operator-called = ہم نے کاؤنٹر کو اطلاع دے دی ہے: آپریٹر جتنی جلدی ہو سکے آئیں گے۔ یہیں رہیں۔
bar-operator-calling = کاؤنٹر کو اطلاع دی جا رہی ہے…
# The call could not be sent (no notification set up, or it failed): say so.
bar-operator-go-to-desk = یہاں سے کاؤنٹر کو اطلاع نہیں دی جا سکتی۔ کاؤنٹر پر جائیں یا ہاتھ اٹھائیں: آپریٹر آپ کی مدد کرے گا۔
bar-operator-cancel = کال منسوخ کریں
bar-text-size = بڑا متن
bar-text-size-reset = عام متن
bar-contrast-high = زیادہ کنٹراسٹ
bar-contrast-normal = عام کنٹراسٹ
bar-listen = سنیں
bar-listen-stop = آواز بند کریں
bar-auto-read-on = ہر صفحہ پڑھیں
bar-auto-read-off = پڑھنا بند کریں
# Read aloud instead of the reference number when the sound is on a loudspeaker.
speech-reference-not-read = آپ کی درخواست کا نمبر اسکرین پر اور رسید پر لکھا ہے۔ آپ کی رازداری کے لیے میں اسے بلند آواز سے نہیں پڑھتا۔

## Service introduction.

intro-start = شروع کریں
intro-print = یہ معلومات پرنٹ کریں

## Question pages.

# Variables: $current (number), $total (number)
wizard-progress = { $total } میں سے سوال { $current }
wizard-continue = آگے بڑھیں
wizard-back = پیچھے
wizard-leave = باہر نکلیں
wizard-leave-question = کیا آپ اس خدمت سے باہر نکلنا چاہتے ہیں؟ آپ کے دیے ہوئے جواب مٹ جائیں گے۔
wizard-leave-yes = ہاں، باہر نکلیں
wizard-leave-no = نہیں، یہیں رہیں
wizard-optional = (اگر آپ چاہیں)
wizard-yes = ہاں
wizard-no = نہیں
wizard-choose-many = آپ ایک سے زیادہ جواب چھو سکتے ہیں۔
wizard-type-here = لکھنے کے لیے یہاں چھوئیں
wizard-suggestions = صحیح نام کو چھوئیں:
wizard-no-suggestion = کوئی نام نہیں ملا: پہلے حروف دوبارہ دیکھیں۔
wizard-asking = دفتر سے پوچھا جا رہا ہے…
wizard-try-again = دوبارہ کوشش کریں
# Variables: $number (number)
wizard-person = فرد { $number }
wizard-add-another-yes = ہاں، ایک اور فرد شامل کریں
wizard-add-another-no = نہیں، آگے بڑھیں
wizard-ended-finish = میرا کام ہو گیا
wizard-ended-services = خدمات پر واپس جائیں

## The error summary at the top of a page (GOV.UK pattern).

error-summary-title = ایک مسئلہ ہے
error-summary-hint = جو چیز سرخ رنگ میں نشان زد ہے اسے درست کریں۔ آپ نے جو لکھا تھا وہ ابھی بھی موجود ہے۔
# Variables: $field (string), $problem (string)
error-summary-item = { $field }: { $problem }

## Check your answers.

check-title = اپنے جواب دوبارہ دیکھیں
check-hint = اگر کچھ غلط ہے تو “بدلیں” کو چھوئیں۔
check-change = بدلیں
check-not-provided = نہیں بتایا گیا
check-send-application = درخواست بھیجیں
check-send-status = ابھی چیک کریں
check-send-item = تفصیل دکھائیں

## Sending and waiting.

sending-title = درخواست بھیجی جا رہی ہے…
asking-title = دفتر سے پوچھا جا رہا ہے…
# Variables: $seconds (number)
sending-elapsed =
    { $seconds ->
        [one] { $seconds } سیکنڈ گزر گیا۔
       *[other] { $seconds } سیکنڈ گزر گئے۔
    }
sending-saved = درخواست کیوسک میں محفوظ ہو چکی ہے: یہ ضائع نہیں ہوگی۔
sending-continue = انتظار نہ کریں: آگے بڑھیں
asking-cancel = منسوخ کریں

## Confirmation.

confirm-reference = آپ کی درخواست کا نمبر
confirm-keep = رسید سنبھال کر رکھیں: اس نمبر سے آپ پوچھ سکتے ہیں کہ آپ کی درخواست کہاں تک پہنچی ہے۔
confirm-finish = میرا کام ہو گیا
confirm-home = کوئی اور خدمت

## Results of a look-up.

result-not-answered = ہمیں کوئی جواب نہیں ملا

## Printing.

print-receipt = رسید پرنٹ کریں
print-form = دستخط کے لیے فارم پرنٹ کریں
print-payment = ادائیگی کا نوٹس پرنٹ کریں
print-certificate = سرٹیفکیٹ پرنٹ کریں
print-item = تفصیل پرنٹ کریں
print-where = کہاں چیک کریں، یہ پرنٹ کریں
print-again = دوبارہ پرنٹ کریں
print-printing = پرنٹ ہو رہا ہے…
print-done = پرنٹ ہو گیا: پرنٹر سے کاغذ لے لیں۔

## The idle warning.

idle-title = کیا آپ ابھی یہیں ہیں؟
# Variables: $seconds (number)
idle-countdown =
    { $seconds ->
        [one] { $seconds } سیکنڈ میں سب کچھ مٹ جائے گا اور پہلا صفحہ کھل جائے گا۔
       *[other] { $seconds } سیکنڈ میں سب کچھ مٹ جائے گا اور پہلا صفحہ کھل جائے گا۔
    }
idle-continue = ہاں، جاری رکھیں

## The on-screen keyboard.

keyboard-space = اسپیس
keyboard-delete = مٹائیں
keyboard-clear = سب مٹائیں
keyboard-capitals = بڑے حروف
keyboard-other-letters = دوسرے حروف
keyboard-hide = کی بورڈ بند کریں

## Results: a title for each outcome.

result-refused = دفتر نے درخواست قبول نہیں کی
result-not-found = ان معلومات سے کوئی نتیجہ نہیں ملا
print-result = جواب پرنٹ کریں

## Formats told before typing; a page that only tells something.

wizard-format-date = دن، مہینہ اور سال ہندسوں میں: مثال کے طور پر 15/03/1990۔
wizard-format-name = لاطینی حروف میں، جیسے پاسپورٹ میں۔
wizard-note-title = جاننے کی بات

## Before "I have finished" when a paper did not print.

papers-title = کیا آپ نے اپنے کاغذات لے لیے؟
papers-not-printed = ایک کاغذ پرنٹ نہیں ہوا۔
papers-what-now = آپ اسے دوبارہ پرنٹ کر سکتے ہیں، یا کاؤنٹر سے مدد مانگ سکتے ہیں۔ اگر آپ ابھی ختم کریں تو یہ صفحہ بند ہو جائے گا۔
papers-finish-anyway = کاغذ کے بغیر ختم کریں
papers-back = صفحے پر واپس جائیں

## Days of the week (slots are listed by day), Monday first.

weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
weekday-7 = اتوار
