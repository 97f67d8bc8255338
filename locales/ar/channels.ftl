## What the kiosk says happened, by the door the service really reaches
## (its channel in assets/catalogue.toml) and what came of it. The page,
## the receipt and the voice use these words and no others: never claim an
## office received something unless its door answered.
##
## Each message pair: `channel-<channel>-<claim>-title` (a heading) and
## `-status` (one or two sentences).

## comune: the Comune di Arezzo's own services, through its gateway.

channel-comune-sent-title = أُرسل إلى البلدية (Comune)
# Variables: $agency_reference (string)
channel-comune-sent-status = استلم نظام بلدية Arezzo (Comune di Arezzo) الطلب. رقم البلدية: { $agency_reference }.
channel-comune-queued-title = محفوظ في الجهاز
channel-comune-queued-status = الطلب محفوظ في الجهاز، ويُرسَل إلى البلدية (Comune) عندما يرد نظامها. البلدية لم تستلمه بعد. لا تحتاج أن تفعل شيئًا: إذا حدثت مشكلة، يتصل بك مكتب الاستقبال.

## pagopa: a booking at the agency's gateway, with its ticket paid through pagoPA.

channel-pagopa-sent-title = تمّ الحجز
# Variables: $agency_reference (string)
channel-pagopa-sent-status = سجّل مركز الحجز CUP التابع لـ Azienda USL (الهيئة الصحية) الحجز. رقم CUP: { $agency_reference }. إذا كان هناك رسم (ticket)، تدفعه بإشعار pagoPA: في البنك، أو في مكتب البريد، أو في محل التبغ (tabaccheria)، أو بالتطبيق.
channel-pagopa-queued-title = محفوظ في الجهاز
channel-pagopa-queued-status = الطلب محفوظ في الجهاز، ويُرسَل إلى مركز الحجز CUP عندما يرد. هذا ليس حجزًا بعد: إذا لم يعد الموعد متاحًا، يتصل بك مكتب الاستقبال.

## The ticket's pagoPA notice, checked with the platform before it is printed.

pagopa-title = الـ ticket المطلوب دفعه (pagoPA)
pagopa-checking = نتحقق الآن من إشعار الدفع لدى pagoPA…
pagopa-amount = المبلغ
pagopa-due = آخر موعد للدفع
pagopa-state-payable = الإشعار صالح: يمكنك دفعه الآن بالهاتف، أو بالإشعار المطبوع في البنك، أو في مكتب البريد، أو في محل التبغ (tabaccheria)، أو باستخدام app IO.
pagopa-state-overdue = فات آخر موعد للدفع، لكن لا يزال ممكنًا دفع الإشعار.
pagopa-state-paid = يظهر أن هذا الإشعار مدفوع من قبل: لا تدفعه مرة أخرى.
pagopa-state-expired = انتهت صلاحية هذا الإشعار ولم يعد ممكنًا دفعه: لا نطبعه. اسأل في شباك CUP عن طريقة دفع الـ ticket.
pagopa-state-invalid = ألغت Azienda USL هذا الإشعار: لا نطبعه. اسأل في شباك CUP.
pagopa-unknown = لا تعرف منصة pagoPA هذا الإشعار: لا نطبعه. اسأل في شباك CUP عن طريقة دفع الـ ticket.
pagopa-unreachable = لا نستطيع الآن التحقق من الإشعار لدى pagoPA، لذلك لا نطبعه. يبقى الحجز صالحًا: اسأل مكتب الاستقبال عن طريقة دفع الـ ticket.
pagopa-not-verified = لم نستطع التحقق من الإشعار لدى pagoPA، لذلك لا نطبعه. يبقى الحجز صالحًا: اسأل مكتب الاستقبال عن طريقة دفع الـ ticket.
pagopa-pay-now = للدفع الآن بالهاتف، امسح هذا الرمز: تُفتح صفحة الدفع في pagoPA.

## portal: only a portal with the person's own SPID or CIE can finish it.

channel-portal-prepared-title = جاهز للبوابة
channel-portal-prepared-status = لم نرسل أي شيء. هذا الطلب يُقدَّم فقط على البوابة، باستخدام SPID الخاص بك أو بطاقة CIE الخاصة بك. في الورقة تجد العنوان، وطريقة الدخول، وإجاباتك: يمكنك أن تقدّمه في البيت، أو هنا مع موظف.
channel-portal-sent-title = مكتب الاستقبال استلم إجاباتك
# Variables: $agency_reference (string)
channel-portal-sent-status = استلم مكتب الاستقبال إجاباتك (رقم { $agency_reference }). سيقدّم موظف الطلب معك على البوابة، باستخدام SPID الخاص بك أو بطاقة CIE الخاصة بك. المكتب المختص لم يستلم أي شيء بعد.
channel-portal-queued-title = محفوظ لمكتب الاستقبال
channel-portal-queued-status = إجاباتك محفوظة في الجهاز، وتُرسَل إلى مكتب الاستقبال عندما يرد نظام البلدية (Comune). المكتب المختص لم يستلم أي شيء بعد: الطلب يُقدَّم على البوابة.

## public-page: a public web page read for the person.

channel-public-page-answered-title = جواب صفحة Polizia di Stato
channel-public-page-answered-status = هذا ما تقوله الآن الصفحة العامة لـ Polizia di Stato (الشرطة الوطنية) عن رقمك. الجهاز لم يرسل أي طلب.

## catalogue: a list the Comune or the Region publishes.

channel-catalogue-answered-title = من القائمة المنشورة
channel-catalogue-answered-status = هذه المعلومات من القائمة التي ينشرها المكتب. الجهاز لم يرسل أي طلب: للتسجيل أو للتقديم اتبع ما في البطاقة.

## The portals (assets/portals.toml) and the ways to log in.

portal-name-ali = Portale Servizi ALI (وزارة الداخلية)
portal-name-testitaliano = Test di italiano (اختبار اللغة الإيطالية، وزارة الداخلية)
portal-name-unica = Unica (وزارة التعليم والجدارة)
portal-login-title = كيف تدخل إلى البوابة
portal-login-spid = باستخدام SPID: اختر مزوّد الخدمة الخاص بك وأكّد بتطبيقه على الهاتف.
portal-login-cie-app = باستخدام بطاقة CIE وتطبيق CieID: التطبيق يقرأ البطاقة ويمسح رمز QR الظاهر على الشاشة.
portal-login-cie-reader = باستخدام بطاقة CIE على قارئ البطاقات في مكتب الاستقبال: تحتاج إلى رمز PIN الخاص بالبطاقة.
portal-login-cns = باستخدام Carta Nazionale dei Servizi (البطاقة الصحية المفعّلة) وقارئ بطاقات.
portal-login-eidas = باستخدام هوية رقمية من بلد آخر في الاتحاد الأوروبي (eIDAS).

## The hand-off to the help desk, offered after the sheet is printed.

# The kiosk keeps the answers as long as any finished request (kiosk-config
# storage.retention_days), then deletes them.
# Variables: $days (number)
portal-hand-off-note = هل تريد أن تقدّمه هنا مع موظف؟ تذهب إجاباتك إلى مكتب الاستقبال في البلدية (Comune). يحذفها الجهاز { $days ->
        [zero] بعد { $days } يوم
        [one] بعد يوم واحد
        [two] بعد يومين
        [few] بعد { $days } أيام
        [many] بعد { $days } يومًا
       *[other] بعد { $days } يوم
    }.
portal-hand-off = أريد أن يقدّمه مكتب الاستقبال معي
check-send-portal = تحضير الورقة للبوابة
print-portal = طباعة الورقة للبوابة

## The "continue on the portal" sheet.

doc-portal-title = تابِع على البوابة
doc-portal-nothing-sent = هذه الورقة ليست طلبًا: الجهاز لم يرسل أي شيء إلى المكتب المختص. الطلب يُقدَّم على البوابة، بهويتك الرقمية.
doc-portal-ready = ما يجب أن تجهّزه
doc-portal-answers = إجاباتك، بالأسماء التي تظهر بها على البوابة
