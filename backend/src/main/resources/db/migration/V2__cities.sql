-- Reference data: the prefecture-level cities of Heilongjiang, where parks, firms and tenders are.
CREATE TABLE city (
    code       VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[a-z][a-z-]*$'),
    name_zh    VARCHAR(40)  NOT NULL UNIQUE,
    name_en    VARCHAR(60)  NOT NULL UNIQUE,
    sort_order SMALLINT     NOT NULL UNIQUE
);

INSERT INTO city (code, name_zh, name_en, sort_order) VALUES
    ('harbin',       '哈尔滨市',       'Harbin',       1),
    ('qiqihar',      '齐齐哈尔市',     'Qiqihar',      2),
    ('mudanjiang',   '牡丹江市',       'Mudanjiang',   3),
    ('jiamusi',      '佳木斯市',       'Jiamusi',      4),
    ('daqing',       '大庆市',         'Daqing',       5),
    ('jixi',         '鸡西市',         'Jixi',         6),
    ('shuangyashan', '双鸭山市',       'Shuangyashan', 7),
    ('yichun',       '伊春市',         'Yichun',       8),
    ('qitaihe',      '七台河市',       'Qitaihe',      9),
    ('hegang',       '鹤岗市',         'Hegang',       10),
    ('heihe',        '黑河市',         'Heihe',        11),
    ('suihua',       '绥化市',         'Suihua',       12),
    ('daxinganling', '大兴安岭地区',   'Daxing''anling', 13);
