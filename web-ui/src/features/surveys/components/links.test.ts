import { describe, expect, it } from 'vitest';
import { groupByBuilding, linksCsv, publicSurveyUrl } from '@/features/surveys/components/links';

const link = (buildingName: string, unitLabel: string, token: string) => ({
  unitId: `u-${unitLabel}`,
  unitLabel,
  buildingId: `b-${buildingName}`,
  buildingName,
  token,
  url: `/s/${token}`,
});
const links = [
  link('2号楼', '2-101', 'tokenC_aaaaaaaaaaaaaaaaaaaa'),
  link('1号楼', '1-1201', 'tokenB_aaaaaaaaaaaaaaaaaaaa'),
  link('1号楼', '1-201', 'tokenA_aaaaaaaaaaaaaaaaaaaa'),
  link('1号楼', '=1+1', 'tokenD_aaaaaaaaaaaaaaaaaaaa'),
];

describe('invitation links', () => {
  it('points at the public page on this origin', () => {
    expect(publicSurveyUrl('https://wy.example.cn', 'abc')).toBe('https://wy.example.cn/s/abc');
  });

  it('groups by building, units in natural order', () => {
    const groups = groupByBuilding(links);
    expect(groups.map((group) => group.buildingName)).toEqual(['1号楼', '2号楼']);
    expect(groups[0]?.links.map((item) => item.unitLabel)).toEqual(['=1+1', '1-201', '1-1201']);
  });

  it('writes a CSV that Excel reads: BOM, quoted cells, CRLF, no formulas', () => {
    const csv = linksCsv(links, 'https://wy.example.cn', { building: '楼栋', unit: '房号', url: '链接' });
    expect(csv.startsWith('\uFEFF"楼栋","房号","链接"\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe(`"1号楼","'=1+1","https://wy.example.cn/s/tokenD_aaaaaaaaaaaaaaaaaaaa"`);
    expect(lines[2]).toBe(`"1号楼","1-201","https://wy.example.cn/s/tokenA_aaaaaaaaaaaaaaaaaaaa"`);
    expect(lines[4]).toBe(`"2号楼","2-101","https://wy.example.cn/s/tokenC_aaaaaaaaaaaaaaaaaaaa"`);
  });
});
