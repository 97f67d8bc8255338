## What the offices answer: refusals, states of applications, item cards.
## The codes come from the agency contracts (docs/contracts).

agency-not-available = خدمة المكتب لا تردّ الآن. لم تخسر شيئًا: حاول مرة أخرى لاحقًا أو اسأل الموظف.
agency-where-else = يمكنك أن تتحقّق بنفسك أيضًا، في موقع المكتب على الإنترنت، أو أن تسأل في الشبّاك. الموظف يمكنه أن يطبع لك ورقة فيها العناوين.
agency-problem-other = لم يستطع المكتب قبول الطلب كما هو. اسأل الموظف.
agency-problem-no-such-reference = المكتب لا يجد أي ملف بهذا الرقم وتاريخ الميلاد هذا. تحقّق من الرقم في الإيصال.
agency-problem-card-not-valid = المكتبة لا تتعرّف على البطاقة: تحقّق من الرقم ومن اسم العائلة، أو اسأل في المكتبة.
agency-problem-slot-taken = هذا الموعد أخذه شخص آخر الآن. اختر يومًا آخر أو ساعة أخرى.
agency-problem-prescription-not-found = الـ CUP (مكتب الحجز) لا يجد هذه الوصفة. تحقّق من الرقم (NRE) على الوصفة، أو اسأل الموظف.
agency-problem-prescription-used = هذه الوصفة استُعملت من قبل في حجز.
agency-problem-already-applied = عند المكتب من قبل طلب مثل هذا الطلب.

## The three answers of the Polizia di Stato's public page
## (questure.poliziadistato.it/stranieri), and what the kiosk says when it
## cannot read the page.
status-permit-status-ready = تصريح الإقامة (permesso di soggiorno) جاهز. الـ Questura (مديرية الشرطة) ترسل لك رسالة SMS فيها اليوم والمكان لاستلامه.
status-permit-status-in-progress = تصريح الإقامة قيد المعالجة: ليس جاهزًا بعد. تحقّق مرة أخرى بعد بضعة أيام.
status-permit-status-not-in-archive = هذا الرقم غير موجود في أرشيف Polizia di Stato (الشرطة). تحقّق من الرقم في الإيصال. إذا كان الرقم صحيحًا، فربما لم يصل الطلب بعد: حاول مرة أخرى بعد بضعة أيام أو اسأل الموظف.
permit-page-unreadable = لم نستطع قراءة الردّ من صفحة Polizia di Stato (الشرطة). افتح الصفحة مع الموظف، أو على هاتفك برمز QR هذا، واكتب رقمك.



item-provider = الجهة المنظِّمة
item-place = المكان
item-hours = الساعات
item-certificate = الشهادة
item-requirements = الشروط
item-cost = التكلفة
item-starts-on = البداية
item-deadline = آخر موعد
item-contact = التواصل
item-posts = عدد الأماكن
item-contract = العقد
item-language = اللغة
item-how-to-read = كيف تقرؤه
