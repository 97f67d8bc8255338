## Attract screen: cycles through every enabled language.

attract-title = SerTo
attract-subtitle = خدمات عامة عبر الإنترنت، بلغتك
attract-touch = يُرجى لمس الشاشة للبدء

## Language choice.

language-title = يُرجى اختيار اللغة
language-hint = يمكنك تغييرها في أي وقت.

## Home: categories and services.

home-title = ما الخدمة المطلوبة؟
home-hint = يُرجى لمس خدمة للبدء.
home-change-language = تغيير اللغة
home-finish = انتهيت
home-category-count =
    { $count ->
        [zero] لا توجد خدمات
        [one] خدمة واحدة
        [two] خدمتان
        [few] { $count } خدمات
        [many] { $count } خدمة
       *[other] { $count } خدمة
    }

## Service introduction.

service-back = العودة إلى الخدمات
service-category = الفئة: { $category }

## Out-of-service page: shown in Italian and English for the operator.

out-of-service-title = الجهاز خارج الخدمة
out-of-service-body = لا يمكن تشغيل الجهاز. يُرجى التوجّه إلى مكتب الاستقبال.
out-of-service-operator = إلى المشغّل: يُرجى تصحيح الإعدادات وإعادة تشغيل الجهاز.
