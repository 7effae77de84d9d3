// Wrong attachments (issue 22, item 6, round two): an audit of every matched pair of the default release
// found outcomes set beside a promise they do not report on. Each class is read from the real reports
// (the 2025 plans and 2026 reports of test/fixtures) and must go to review or stay apart, never attach.
import { describe, it, expect } from 'vitest';
import { matched } from './provincial-plans.js';

const row = (province: string, object: string) => matched(province).find((r) => r.object === object)!;

describe('an outcome that is not what the promise counts goes to review or stays apart; the one that is, attaches', () => {
  it('有进出口实绩的企业达242家 is a total; 新增有进出口实绩企业20家 is what the year adds', () => {
    const r = row('青海省', '有进出口实绩企业');
    expect(r.value).toBe(20);
    expect(r.outcome_value).toBeNull();
  });

  it('新改建城镇供排水管网3500公里 names 供水管网600公里 and 排水管网2500公里 in one: review', () => {
    for (const object of ['供水管网', '排水管网']) {
      const r = row('重庆市', object);
      expect(r.outcome_value).toBeNull();
      expect(r.review_reason).toMatch(/several commitments in one/);
    }
  });

  it('新增智能制造企业1585家 is a wider group than 智能制造标杆企业360家: review', () => {
    const r = row('湖南省', '智能制造标杆企业');
    expect(r.outcome_value).toBeNull();
    expect(r.review_reason).toMatch(/wider group/);
  });

  it('专精特新“小巨人”企业397家、重点“小巨人”企业149家: the figure whose name says nothing the promise does not', () => {
    const r = row('浙江省', '国家专精特新“小巨人”企业');
    expect(r.outcome_value).toBe(397);
    expect(r.review_reason).toBeNull();
  });

  it('still attached: the same name with a word inside it the other way, and a list of one verb apart', () => {
    // 新开工改造城镇老旧小区4402个 for 改造老旧小区4000个以上: the outcome's name is the longer
    expect(row('四川省', '老旧小区').outcome_value).toBe(4402);
    // 新改建农村公路4000公里: one thing, in a sentence with other works
    expect(row('青海省', '农村公路').outcome_value).toBe(4000);
  });
});
