## The printed documents: receipt, payment notice, forms, sheets, slips.

doc-when = التاريخ والوقت
doc-kiosk = الجهاز
# Variables: $phone (string)
doc-help = للمساعدة يُرجى السؤال في مكتب الاستقبال أو الاتصال بالرقم { $phone }.
doc-receipt-title = إيصال
doc-service = الخدمة
doc-reference = رقم طلبك. يُرجى الاحتفاظ به: يلزمك لمعرفة مرحلة طلبك.
doc-appointment = الموعد
doc-booking-code = رمز الحجز (يلزم لإلغاء الموعد)
doc-next = ماذا يحدث الآن
doc-keep = يُرجى الاحتفاظ بهذه الورقة.

doc-payment-title = إشعار دفع pagoPA
doc-payment-creditor = الجهة التي تستلم المبلغ
doc-payment-creditor-code = الرقم الضريبي للجهة
doc-payment-subject = سبب الدفع
doc-payment-amount = المبلغ
doc-payment-due = آخر موعد للدفع
doc-payment-notice-number = رمز الإشعار
doc-payment-how = يمكنك الدفع باستخدام app IO، أو في البنك، أو في مكتب البريد، أو في محل التبغ (tabaccheria)، أو في الصيدلية: يُرجى إظهار رمز QR أو رمز الإشعار.
doc-payment-pay-now = للدفع الآن بالهاتف، امسح هذا الرمز: تُفتح صفحة الدفع في pagoPA.

doc-certificate-title = شهادة
doc-certificate-number = رقم الشهادة
doc-certificate-issued = تاريخ الإصدار
doc-certificate-stamp = طابع ضريبي (marca da bollo) بقيمة 16 يورو (فقط إذا كانت الشهادة مع طابع: الصقه هنا قبل استعمال الشهادة)

doc-where-title = أين يمكن التحقق
doc-where-permit-status = يمكنك التحقق من تصريح الإقامة على موقع الشرطة Polizia di Stato (questure.poliziadistato.it، قسم الأجانب) باستخدام رقم إيصال البريد، أو السؤال في Questura di Arezzo، Ufficio Immigrazione.
doc-where-citizenship-status = يمكنك التحقق من طلبك على بوابة ALI التابعة لوزارة الداخلية Ministero dell'Interno (portaleservizi.dlci.interno.it) باستخدام SPID أو CIE، أو السؤال في Prefettura di Arezzo.
doc-where-italian-test-a2 = يمكنك معرفة النتيجة على بوابة ALI التابعة لوزارة الداخلية Ministero dell'Interno (portaleservizi.dlci.interno.it) باستخدام SPID أو CIE، أو السؤال في Prefettura di Arezzo.
doc-where-online-magazines = يمكنك الدخول من البيت إلى موقع المكتبة (toscana.medialibrary.it) باستخدام بطاقة المكتبة، أو السؤال في Biblioteca Città di Arezzo، via dei Pileati 8.
doc-where-training-courses = يمكنك السؤال في Centro per l'Impiego di Arezzo (مركز التوظيف)، via Monte Cervino 24، أو البحث في موقع Regione Toscana.
doc-where-job-offers = يمكنك البحث في موقع Toscana Lavoro (lavoro.regione.toscana.it) أو السؤال في Centro per l'Impiego di Arezzo (مركز التوظيف)، via Monte Cervino 24.

doc-form-title = استمارة مُعبّأة في الجهاز
doc-form-declaration = أُقرّ بأن البيانات المكتوبة أعلاه صحيحة. يُرجى إحضار هذه الاستمارة بعد توقيعها إلى المكتب، مع وثيقة هوية.
doc-form-date = التاريخ
doc-form-signature = التوقيع
# The declaration above the signatures of a residence declaration (DPR
# 445/2000 artt. 75-76; Min. Interno circ. 9/2012).
doc-form-declaration-dpr-445 = إدراكًا منّا للمسؤولية الجنائية عن التصريحات الكاذبة (المادتان 75 و76 من DPR 445/2000)، نُقرّ بأن البيانات المكتوبة أعلاه صحيحة. لا يكون التصريح صالحًا إلا عندما يوقّعه جميع الأشخاص البالغين الذين ينتقلون، ويُسلَّم، مع نسخة من وثيقة هوية كل واحد منهم، إلى مكتب السجل المدني (anagrafe): في الشبّاك، أو بالبريد المضمون (raccomandata)، أو عبر PEC (البريد الإلكتروني المعتمد).
doc-yes = نعم
doc-no = لا
doc-not-provided = غير مذكور

# The receipt of a request stored in the kiosk did not print.
doc-print-failed = لم تطبع الطابعة. طلبك محفوظ: يمكن للمشغّل أن يطبع لك الورقة مرة أخرى.
# Any other paper did not print (nothing of it is kept after the session).
doc-print-failed-not-kept = لم تطبع الطابعة. عندما تصبح جاهزة، المس «إعادة الطباعة»، أو اطلب المساعدة من المشغّل.
printer-paper-out = نفد الورق في الطابعة.
printer-jam = علِق الورق في الطابعة.
printer-door-open = غطاء الطابعة مفتوح.
printer-offline = الطابعة مطفأة أو غير موصولة.
printer-not-answering = الطابعة لا تستجيب.
printer-stopped = قائمة الطباعة متوقفة.
printer-other = الطابعة تُبلغ عن مشكلة.
# Variables: $number (number)
doc-item-number = الشخص { $number }

## What a look-up answered (the permit's state), printed.

doc-result-title = نتيجة التحقق
doc-result-checked = تاريخ التحقق
doc-result-source = هذا هو جواب الصفحة العامة للشرطة Polizia di Stato في تلك اللحظة. للتحقق مرة أخرى، افتح هذا العنوان:
